package nl.reflectiewerkplaats.spiderweb;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PitfallChecklistRepository extends MongoRepository<PitfallChecklist, String> {

    Optional<PitfallChecklist> findByMeetingId(String meetingId);
}
