package nl.reflectiewerkplaats.casework;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.CaseDocument;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Someone who joined a meeting by its link, without an account. */
@Getter
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

    void setWatcher(boolean watcher) {
        this.watcher = watcher;
    }

    public Actor.Participant asActor() {
        return new Actor.Participant(getId(), displayName, getCaseId(), meetingId, personKey == null ? getId() : personKey, bestuurder,
                watcher);
    }
}
