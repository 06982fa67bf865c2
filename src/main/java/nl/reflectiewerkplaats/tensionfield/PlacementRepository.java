package nl.reflectiewerkplaats.tensionfield;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PlacementRepository extends MongoRepository<Placement, String> {

    Optional<Placement> findByRoundIdAndOwnerId(String roundId, String ownerId);

    List<Placement> findByRoundIdOrderByPlacedAtAsc(String roundId);

    List<Placement> findByCaseIdAndFieldIdAndOwnerKeyOrderByPlacedAtDesc(String caseId, String fieldId, String ownerKey);
}
