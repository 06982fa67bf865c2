package nl.reflectiewerkplaats.history;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ChangeRecordRepository extends MongoRepository<ChangeRecord, String> {

    List<ChangeRecord> findByCaseIdAndGroupIdOrderBySeqAsc(String caseId, String groupId);

    ChangeRecord findFirstByCaseIdAndDocumentIdOrderByAtDescSeqDesc(String caseId, String documentId);

    List<ChangeRecord> findByCaseIdAndAreaAndAtAfterOrderByAtAscSeqAsc(String caseId, String area, Instant after);

    long countByCaseId(String caseId);
}
