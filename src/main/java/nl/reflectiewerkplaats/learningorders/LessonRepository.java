package nl.reflectiewerkplaats.learningorders;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LessonRepository extends MongoRepository<Lesson, String> {

    List<Lesson> findByMeetingIdOrderByCreatedAtAsc(String meetingId);
}
