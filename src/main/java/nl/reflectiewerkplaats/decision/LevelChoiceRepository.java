package nl.reflectiewerkplaats.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LevelChoiceRepository extends MongoRepository<LevelChoice, String> {

    Optional<LevelChoice> findByRoundIdAndOwnerId(String roundId, String ownerId);

    List<LevelChoice> findByRoundId(String roundId);
}
