package nl.reflectiewerkplaats.perspective;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface GroupWorkRepository extends MongoRepository<GroupWork, String> {

    Optional<GroupWork> findByRoundId(String roundId);
}
