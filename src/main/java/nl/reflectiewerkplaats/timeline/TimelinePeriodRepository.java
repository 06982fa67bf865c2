package nl.reflectiewerkplaats.timeline;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelinePeriodRepository extends MongoRepository<TimelinePeriod, String> {

    List<TimelinePeriod> findByCaseIdOrderByStartAsc(String caseId);
}
