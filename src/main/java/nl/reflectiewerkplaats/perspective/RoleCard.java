package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A key person in a roles round of the perspectiefwissel (way 3): "moeder", "Jesse
 * (kind)", "leerkracht". One participant takes it; never the person themselves.
 */
@ExportRule(roundField = "roundId", hiddenUntilReveal = false,
        ownerFields = {"takenById", "takenByName"})
@Getter
@Document("perspective_roles")
public class RoleCard extends VersionedCaseDocument {

    public static final int NAME_MAX_LENGTH = 60;

    @Indexed
    private String roundId;
    private String name;
    /** The child's role: best played by someone who knows the child well. */
    private boolean childRole;
    /** The participant who is this person in reality, and so may not take the role. */
    private String linkedParticipantId;
    private String takenById;
    private String takenByName;
    private Instant createdAt;

    protected RoleCard() {
    }

    RoleCard(String roundId, String caseId, String name, boolean childRole, String linkedParticipantId, Instant createdAt) {
        super(caseId);
        this.roundId = roundId;
        this.name = name;
        this.childRole = childRole;
        this.linkedParticipantId = linkedParticipantId;
        this.createdAt = createdAt;
    }

    public boolean isTaken() {
        return takenById != null;
    }

    void takeBy(String actorId, String actorName) {
        this.takenById = actorId;
        this.takenByName = actorName;
    }

    void release() {
        this.takenById = null;
        this.takenByName = null;
    }
}
