package nl.reflectiewerkplaats.agreements;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AgreementRepository extends MongoRepository<Agreement, String> {

    List<Agreement> findByCaseIdOrderByCreatedAtAsc(String caseId);
}
