package nl.reflectiewerkplaats.solo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SoloAnswerRepository extends MongoRepository<SoloAnswer, String> {

    List<SoloAnswer> findByInvitationIdOrderByFieldIdAscQuestionAsc(String invitationId);

    Optional<SoloAnswer> findByInvitationIdAndFieldIdAndQuestion(String invitationId, String fieldId, int question);

    List<SoloAnswer> findBySharedInMeetingIdAndSharedTrue(String meetingId);
}
