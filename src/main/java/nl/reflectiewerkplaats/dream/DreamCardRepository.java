package nl.reflectiewerkplaats.dream;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface DreamCardRepository extends MongoRepository<DreamCard, String> {

    List<DreamCard> findByCaseIdOrderByCreatedAtAsc(String caseId);
}
