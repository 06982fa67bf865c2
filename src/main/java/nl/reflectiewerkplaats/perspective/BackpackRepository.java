package nl.reflectiewerkplaats.perspective;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface BackpackRepository extends MongoRepository<Backpack, String> {

    List<Backpack> findByMeetingIdOrderByStartedAtDesc(String meetingId);

    List<Backpack> findByCaseIdOrderByStartedAtAsc(String caseId);
}
