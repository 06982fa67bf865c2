package nl.reflectiewerkplaats.art;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ArtPieceRepository extends MongoRepository<ArtPiece, String> {

    Optional<ArtPiece> findByMeetingId(String meetingId);
}
