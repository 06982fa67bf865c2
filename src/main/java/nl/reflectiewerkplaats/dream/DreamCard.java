package nl.reflectiewerkplaats.dream;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One answer card on the "Vragen naar de droom" board of a case. */
@nl.reflectiewerkplaats.base.ExportRule
@Document("dream_cards")
public class DreamCard {

    public static final int TEXT_MAX_LENGTH = 500;

    @Id
    private String id;
    @Indexed
    private String caseId;
    private String meetingId;
    private DreamQuestion question;
    private String text;
    private String authorId;
    private String authorName;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected DreamCard() {
    }

    DreamCard(String caseId, String meetingId, DreamQuestion question, String text, String authorId,
              String authorName, Instant createdAt) {
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.question = question;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public DreamQuestion getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Version for optimistic editing: an edit names the version it started from. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    void rewrite(String text, Instant at) {
        this.text = text;
        this.updatedAt = at;
    }
}
