package nl.reflectiewerkplaats.facilitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface VerbChoiceRepository extends MongoRepository<VerbChoice, String> {

    Optional<VerbChoice> findByMeetingIdAndActorId(String meetingId, String actorId);

    List<VerbChoice> findByMeetingId(String meetingId);
}
