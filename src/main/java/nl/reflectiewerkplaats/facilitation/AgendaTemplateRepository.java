package nl.reflectiewerkplaats.facilitation;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AgendaTemplateRepository extends MongoRepository<AgendaTemplate, String> {

    List<AgendaTemplate> findByOwnerIdOrderByNameAsc(String ownerId);
}
