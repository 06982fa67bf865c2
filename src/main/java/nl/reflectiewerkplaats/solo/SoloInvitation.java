package nl.reflectiewerkplaats.solo;

import java.time.Instant;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A facilitator's invitation to one participant of a case to reflect alone on one or a
 * few spanningsvelden. The link's token is stored only as a hash; the link works until
 * the case's next planned meeting (see {@link SoloReflectionService#expiresAt}) unless the
 * facilitator revokes it first. {@code ownerKey} is the participant's person key: it
 * finds their reflection again at the next meeting.
 */
@ExportRule(secretFields = {"tokenHash", "ownerKey"})
@Document("solo_invitations")
public class SoloInvitation extends VersionedCaseDocument {

    @Indexed(unique = true)
    @Getter(AccessLevel.PACKAGE)
    private String tokenHash;
    @Getter
    private String participantId;
    @Getter
    private String meetingId;
    @Getter
    private String ownerName;
    @Indexed
    @Getter(AccessLevel.PACKAGE)
    private String ownerKey;
    private List<String> fieldIds;
    @Getter
    private String invitedBy;
    @Getter
    private Instant createdAt;
    @Getter
    private Instant revokedAt;

    protected SoloInvitation() {
    }

    SoloInvitation(String caseId, String tokenHash, String participantId, String meetingId, String ownerName,
                   String ownerKey, List<String> fieldIds, String invitedBy, Instant createdAt) {
        super(caseId);
        this.tokenHash = tokenHash;
        this.participantId = participantId;
        this.meetingId = meetingId;
        this.ownerName = ownerName;
        this.ownerKey = ownerKey;
        this.fieldIds = List.copyOf(fieldIds);
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
    }

    /** The spanningsvelden to reflect on, in the facilitator's order. */
    public List<String> getFieldIds() {
        return List.copyOf(fieldIds);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
