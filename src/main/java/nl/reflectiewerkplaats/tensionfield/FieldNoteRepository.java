package nl.reflectiewerkplaats.tensionfield;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FieldNoteRepository extends MongoRepository<FieldNote, String> {

    List<FieldNote> findByCaseIdAndFieldIdOrderByCreatedAtAsc(String caseId, String fieldId);
}
