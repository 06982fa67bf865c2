package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Werkkaart 5, way 2: one participant carries the rugzak as a family member; the
 * others each put one piece of advice in it as a book; someone may take one out.
 */
@Getter
@ExportRule
@Document("backpacks")
public class Backpack extends VersionedCaseDocument {

    public static final int ROLE_MAX_LENGTH = 60;

    public enum Phase {
        FILLING, REFLECTING, CLOSED
    }

    @Indexed
    private String meetingId;
    private String carrierId;
    private String carrierName;
    /** The family member the carrier stands in for, e.g. "moeder". */
    private String familyRole;
    private Phase phase;
    private Instant startedAt;

    protected Backpack() {
    }

    Backpack(String caseId, String meetingId, String carrierId, String carrierName, String familyRole, Instant startedAt) {
        super(caseId);
        this.meetingId = meetingId;
        this.carrierId = carrierId;
        this.carrierName = carrierName;
        this.familyRole = familyRole;
        this.phase = Phase.FILLING;
        this.startedAt = startedAt;
    }

    void setPhase(Phase phase) {
        this.phase = phase;
    }
}
