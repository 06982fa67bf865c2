package nl.reflectiewerkplaats.genogram;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface RelationRepository extends MongoRepository<Relation, String> {

    List<Relation> findByCaseIdAndDiagram(String caseId, DiagramKind diagram);

    List<Relation> findByFromIdOrToId(String fromId, String toId);
}
