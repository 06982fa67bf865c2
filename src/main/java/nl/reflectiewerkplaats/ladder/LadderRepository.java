package nl.reflectiewerkplaats.ladder;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LadderRepository extends MongoRepository<CaseLadder, String> {

    Optional<CaseLadder> findFirstByCaseId(String caseId);
}
