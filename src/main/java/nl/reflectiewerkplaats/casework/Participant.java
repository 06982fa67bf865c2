package nl.reflectiewerkplaats.casework;

import java.time.Instant;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.CaseDocument;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Someone who joined a meeting by its link, without an account. */
@ExportRule(secretFields = "personKey")
@Document("participants")
public class Participant extends CaseDocument {

    public static final int NAME_MAX_LENGTH = 60;
    public static final int ROLE_MAX_LENGTH = 80;

    @Indexed
    private String meetingId;
    private String displayName;
    private String roleOrOrganisation;
    private Instant joinedAt;
    private String personKey;
    private boolean bestuurder;
    private boolean watcher;

    protected Participant() {
    }

    Participant(String meetingId, String caseId, String displayName, String roleOrOrganisation, Instant joinedAt,
                String personKey, boolean bestuurder) {
        super(caseId);
        this.personKey = personKey;
        this.bestuurder = bestuurder;
        this.meetingId = meetingId;
        this.displayName = displayName;
        this.roleOrOrganisation = roleOrOrganisation;
        this.joinedAt = joinedAt;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleOrOrganisation() {
        return roleOrOrganisation;
    }

    public boolean isWatcher() {
        return watcher;
    }

    void setWatcher(boolean watcher) {
        this.watcher = watcher;
    }

    public boolean isBestuurder() {
        return bestuurder;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Actor.Participant asActor() {
        return new Actor.Participant(getId(), displayName, getCaseId(), meetingId, personKey == null ? getId() : personKey, bestuurder,
                watcher);
    }
}
