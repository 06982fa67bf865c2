package nl.reflectiewerkplaats.casework;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ParticipantRepository extends MongoRepository<Participant, String> {

    List<Participant> findByMeetingIdOrderByJoinedAtAsc(String meetingId);

    long countByMeetingIdAndWatcher(String meetingId, boolean watcher);

    List<Participant> findByMeetingIdAndPersonKeyOrderByJoinedAtDesc(String meetingId, String personKey);

    boolean existsByPersonKey(String personKey);
}
