package nl.reflectiewerkplaats.solo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SoloInvitationRepository extends MongoRepository<SoloInvitation, String> {

    Optional<SoloInvitation> findByTokenHash(String tokenHash);

    List<SoloInvitation> findByCaseIdOrderByCreatedAtDesc(String caseId);

    List<SoloInvitation> findByCaseIdAndOwnerKeyOrderByCreatedAtDesc(String caseId, String ownerKey);
}
