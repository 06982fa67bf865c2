package nl.reflectiewerkplaats.perspective;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RoleAnswerRepository extends MongoRepository<RoleAnswer, String> {

    Optional<RoleAnswer> findByRoundIdAndOwnerId(String roundId, String ownerId);

    List<RoleAnswer> findByRoundIdOrderByAnsweredAtAsc(String roundId);
}
