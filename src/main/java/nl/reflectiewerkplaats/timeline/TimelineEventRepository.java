package nl.reflectiewerkplaats.timeline;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface TimelineEventRepository extends MongoRepository<TimelineEvent, String> {

    List<TimelineEvent> findByCaseIdOrderByDateAscCreatedAtAsc(String caseId);

    List<TimelineEvent> findByCaseIdAndSourceTypeAndSourceId(String caseId, String sourceType, String sourceId);

    long countByCaseId(String caseId);
}
