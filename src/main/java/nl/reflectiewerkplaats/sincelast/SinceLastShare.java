package nl.reflectiewerkplaats.sincelast;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Whether the facilitator lets everyone in a meeting look along with "sinds de vorige keer". */
@ExportRule(ownerFields = {"setByName", "setAt"})
@Document("since_last_shares")
public class SinceLastShare extends VersionedCaseDocument {

    @Indexed(unique = true)
    private String meetingId;
    private boolean shared;
    private String setByName;
    private Instant setAt;

    protected SinceLastShare() {
    }

    SinceLastShare(String caseId, String meetingId) {
        super(caseId);
        this.meetingId = meetingId;
    }

    boolean isShared() {
        return shared;
    }

    void set(boolean shared, String byName, Instant at) {
        this.shared = shared;
        this.setByName = byName;
        this.setAt = at;
    }
}
