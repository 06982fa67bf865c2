package nl.reflectiewerkplaats.round;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RoundRepository extends MongoRepository<Round, String> {

    List<Round> findByMeetingIdOrderByOpenedAtDesc(String meetingId);

    List<Round> findByCaseIdOrderByOpenedAtAsc(String caseId);

    List<Round> findByCaseIdAndTopicOrderByOpenedAtAsc(String caseId, String topic);
}
