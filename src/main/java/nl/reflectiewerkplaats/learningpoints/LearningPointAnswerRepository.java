package nl.reflectiewerkplaats.learningpoints;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LearningPointAnswerRepository extends MongoRepository<LearningPointAnswer, String> {

    Optional<LearningPointAnswer> findByMeetingIdAndPointId(String meetingId, String pointId);

    List<LearningPointAnswer> findByCaseId(String caseId);
}
