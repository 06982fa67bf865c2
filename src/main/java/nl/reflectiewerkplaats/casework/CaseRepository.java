package nl.reflectiewerkplaats.casework;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseRepository extends MongoRepository<Case, String> {

    List<Case> findByFacilitatorIdsContainingOrderByCreatedAtDesc(String facilitatorId);

    boolean existsByIdAndFacilitatorIdsContaining(String id, String facilitatorId);
}
