package nl.reflectiewerkplaats.facilitation;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AgendaRepository extends MongoRepository<Agenda, String> {

    Optional<Agenda> findByMeetingId(String meetingId);
}
