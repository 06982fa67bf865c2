package nl.reflectiewerkplaats.timeline;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelineRepository extends MongoRepository<Timeline, String> {

    Optional<Timeline> findByCaseId(String caseId);
}
