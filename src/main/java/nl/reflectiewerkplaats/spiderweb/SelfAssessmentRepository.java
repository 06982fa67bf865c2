package nl.reflectiewerkplaats.spiderweb;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SelfAssessmentRepository extends MongoRepository<SelfAssessment, String> {

    Optional<SelfAssessment> findByMeetingIdAndOwnerId(String meetingId, String ownerId);

    List<SelfAssessment> findByMeetingIdAndSharedTrue(String meetingId);

    List<SelfAssessment> findByCaseIdAndOwnerKeyOrderByUpdatedAtDesc(String caseId, String ownerKey);
}
