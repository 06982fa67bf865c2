package nl.reflectiewerkplaats.agreements;

import java.time.Instant;
import java.time.LocalDate;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.AuthoredCaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** One stored afspraak of a case. */
@ExportRule
@Document("agreements")
public class Agreement extends AuthoredCaseDocument {

    public static final int WHO_MAX_LENGTH = 120;
    public static final int TEXT_MAX_LENGTH = 500;

    private String meetingId;
    private String who;
    private String what;
    private String why;
    private String how;
    private LocalDate due;
    private AgreementStatus status = AgreementStatus.OPEN;
    private String origin = "";
    private String statusSetBy;
    private Instant statusSetAt;

    protected Agreement() {
    }

    Agreement(String caseId, String meetingId, String authorId, String authorName, Instant createdAt) {
        super(caseId, authorId, authorName, createdAt);
        this.meetingId = meetingId;
    }

    void write(String who, String what, String why, String how, LocalDate due, String origin) {
        this.who = who;
        this.what = what;
        this.why = why;
        this.how = how;
        this.due = due;
        this.origin = origin;
    }

    void setStatus(AgreementStatus status, String by, Instant at) {
        this.status = status;
        this.statusSetBy = by;
        this.statusSetAt = at;
    }

    AgreementItem item() {
        return new AgreementItem(getId(), getCaseId(), meetingId, who, what, why, how, due, status, origin, getAuthorId(),
                getAuthorName(), getCreatedAt(), getVersion());
    }
}
