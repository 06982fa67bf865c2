package nl.reflectiewerkplaats.solo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SoloPlaceRepository extends MongoRepository<SoloPlace, String> {

    List<SoloPlace> findByInvitationId(String invitationId);

    Optional<SoloPlace> findByInvitationIdAndFieldId(String invitationId, String fieldId);
}
