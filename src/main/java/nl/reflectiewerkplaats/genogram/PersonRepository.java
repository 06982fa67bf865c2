package nl.reflectiewerkplaats.genogram;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PersonRepository extends MongoRepository<Person, String> {

    List<Person> findByCaseIdAndDiagram(String caseId, DiagramKind diagram);
}
