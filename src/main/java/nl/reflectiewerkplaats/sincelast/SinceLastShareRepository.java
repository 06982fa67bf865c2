package nl.reflectiewerkplaats.sincelast;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SinceLastShareRepository extends MongoRepository<SinceLastShare, String> {

    Optional<SinceLastShare> findByMeetingId(String meetingId);
}
