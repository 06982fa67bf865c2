package nl.reflectiewerkplaats.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface DecisionRepository extends MongoRepository<Decision, String> {

    Optional<Decision> findByRoundId(String roundId);

    List<Decision> findByCaseIdOrderByTakenAtAsc(String caseId);
}
