package nl.reflectiewerkplaats.language;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FeelingPickRepository extends MongoRepository<FeelingPick, String> {

    Optional<FeelingPick> findByRoundIdAndOwnerId(String roundId, String ownerId);

    List<FeelingPick> findByRoundId(String roundId);
}
