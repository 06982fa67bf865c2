package nl.reflectiewerkplaats.interview;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface InterviewRepository extends MongoRepository<Interview, String> {

    List<Interview> findByCaseIdOrderByCreatedAtAsc(String caseId);
}
