package nl.reflectiewerkplaats.perspective;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RoleCardRepository extends MongoRepository<RoleCard, String> {

    List<RoleCard> findByRoundIdOrderByCreatedAtAsc(String roundId);
}
