package nl.reflectiewerkplaats.art;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ArtImageRepository extends MongoRepository<ArtImage, String> {

    Optional<ArtImage> findByMeetingId(String meetingId);
}
