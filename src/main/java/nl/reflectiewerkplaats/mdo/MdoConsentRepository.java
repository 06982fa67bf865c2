package nl.reflectiewerkplaats.mdo;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MdoConsentRepository extends MongoRepository<MdoConsent, String> {

    Optional<MdoConsent> findByMeetingId(String meetingId);
}
