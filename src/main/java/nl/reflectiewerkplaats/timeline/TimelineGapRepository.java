package nl.reflectiewerkplaats.timeline;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelineGapRepository extends MongoRepository<TimelineGap, String> {

    List<TimelineGap> findByCaseIdOrderByAtAsc(String caseId);
}
