package nl.reflectiewerkplaats.tensionfield;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A shared note on one spanningsveld of a case: what the group noticed while talking. */
@Document("field_notes")
public class FieldNote {

    public static final int TEXT_MAX_LENGTH = 500;

    @Id
    private String id;
    @Indexed
    private String caseId;
    private String fieldId;
    private String meetingId;
    private String text;
    private String authorId;
    private String authorName;
    private Instant createdAt;

    protected FieldNote() {
    }

    FieldNote(String caseId, String fieldId, String meetingId, String text, String authorId, String authorName,
              Instant createdAt) {
        this.caseId = caseId;
        this.fieldId = fieldId;
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

    public String getFieldId() {
        return fieldId;
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
