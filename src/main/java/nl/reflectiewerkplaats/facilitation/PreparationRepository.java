package nl.reflectiewerkplaats.facilitation;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PreparationRepository extends MongoRepository<Preparation, String> {

    Optional<Preparation> findByMeetingId(String meetingId);
}
