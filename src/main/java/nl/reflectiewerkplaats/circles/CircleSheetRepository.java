package nl.reflectiewerkplaats.circles;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CircleSheetRepository extends MongoRepository<CircleSheet, String> {

    List<CircleSheet> findByCaseId(String caseId);

    Optional<CircleSheet> findByCaseIdAndCircle(String caseId, Circle circle);
}
