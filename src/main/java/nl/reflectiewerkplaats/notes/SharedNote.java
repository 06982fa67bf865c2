package nl.reflectiewerkplaats.notes;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A shared note on one topic of a case (a spanningsveld, a perspectiefwissel question, …): what the group noticed. */
@nl.reflectiewerkplaats.base.ExportRule
@Document("shared_notes")
public class SharedNote {

    public static final int TEXT_MAX_LENGTH = 500;

    @Id
    private String id;
    @Indexed
    private String caseId;
    private String topic;
    private String meetingId;
    private String text;
    private String authorId;
    private String authorName;
    private Instant createdAt;

    protected SharedNote() {
    }

    SharedNote(String caseId, String topic, String meetingId, String text, String authorId, String authorName,
              Instant createdAt) {
        this.caseId = caseId;
        this.topic = topic;
        this.meetingId = meetingId;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getTopic() {
        return topic;
    }

    public String getMeetingId() {
        return meetingId;
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
}
