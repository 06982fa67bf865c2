package nl.reflectiewerkplaats.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MeetingRepository extends MongoRepository<Meeting, String> {

    List<Meeting> findByCaseIdOrderByDateDesc(String caseId);

    Optional<Meeting> findByInviteToken(String inviteToken);

    Optional<Meeting> findByWatchToken(String watchToken);
}
