package nl.reflectiewerkplaats.genogram;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LifeEventRepository extends MongoRepository<LifeEvent, String> {

    List<LifeEvent> findByCaseIdOrderByDateAsc(String caseId);

    List<LifeEvent> findByPersonId(String personId);
}
