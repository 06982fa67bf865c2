package nl.reflectiewerkplaats.solo;

import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where someone placed themselves on a spanningsveld, alone, between meetings: theirs
 * only. Brought into a meeting it becomes a placement of the round (private until the
 * reveal, like any other); this document itself is never shown to anyone else nor exported.
 */
@ExportRule(ownerOnly = true)
@Document("solo_places")
@CompoundIndex(name = "invitation_field", def = "{'invitationId': 1, 'fieldId': 1}", unique = true)
public class SoloPlace extends VersionedCaseDocument {

    @Getter
    private String invitationId;
    @Getter(AccessLevel.PACKAGE)
    private String ownerKey;
    @Getter
    private String fieldId;
    /** 0 = the left pole, 1 = the right pole. */
    @Getter
    private double position;
    @Getter
    private Instant placedAt;
    /** The round it was brought into, or null. */
    @Getter
    private String broughtIntoRoundId;

    protected SoloPlace() {
    }

    SoloPlace(String caseId, String invitationId, String ownerKey, String fieldId) {
        super(caseId);
        this.invitationId = invitationId;
        this.ownerKey = ownerKey;
        this.fieldId = fieldId;
    }

    void placeAt(double position, Instant at) {
        this.position = position;
        this.placedAt = at;
    }

    void broughtInto(String roundId) {
        this.broughtIntoRoundId = roundId;
    }
}
