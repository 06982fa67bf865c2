package nl.reflectiewerkplaats.notes;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SharedNoteRepository extends MongoRepository<SharedNote, String> {

    List<SharedNote> findByCaseIdAndTopicOrderByCreatedAtAsc(String caseId, String topic);
}
