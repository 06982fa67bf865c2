package nl.reflectiewerkplaats.spiderweb;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's spinnenweb in one meeting: a score per competency (1 to the scale's
 * length). Private: only its owner sees it, until they share it with the group
 * ({@link #isShared}); they can take the sharing back. {@code ownerKey} (the person key)
 * finds their web of an earlier meeting of the case.
 */
@ExportRule(sharedField = "shared", secretFields = "ownerKey")
@Document("self_assessments")
@CompoundIndex(name = "meeting_owner", def = "{'meetingId': 1, 'ownerId': 1}", unique = true)
public class SelfAssessment extends VersionedCaseDocument {

    @Getter
    private String meetingId;
    @Getter
    private String ownerId;
    @Getter
    private String ownerName;
    /** The person key: a secret, readable in this package only (no class-level getters here). */
    @Indexed
    @Getter(AccessLevel.PACKAGE)
    private String ownerKey;
    private Map<String, Integer> scores = new LinkedHashMap<>();
    @Getter
    private boolean shared;
    @Getter
    private Instant updatedAt;

    protected SelfAssessment() {
    }

    SelfAssessment(String caseId, String meetingId, String ownerId, String ownerName, String ownerKey) {
        super(caseId);
        this.meetingId = meetingId;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.ownerKey = ownerKey;
    }

    /** The scores by competency id; a competency not yet scored is absent. */
    public Map<String, Integer> getScores() {
        return Map.copyOf(scores);
    }

    void score(String competency, int value, Instant at) {
        scores.put(competency, value);
        updatedAt = at;
    }

    void share(boolean shared, Instant at) {
        this.shared = shared;
        updatedAt = at;
    }
}
