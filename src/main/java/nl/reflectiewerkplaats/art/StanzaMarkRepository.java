package nl.reflectiewerkplaats.art;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface StanzaMarkRepository extends MongoRepository<StanzaMark, String> {

    Optional<StanzaMark> findByMeetingIdAndActorId(String meetingId, String actorId);

    List<StanzaMark> findByMeetingId(String meetingId);

    void deleteByMeetingId(String meetingId);
}
