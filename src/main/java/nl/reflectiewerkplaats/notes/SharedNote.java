package nl.reflectiewerkplaats.notes;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.CaseDocument;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.mongodb.core.mapping.Document;

/** A shared note on one topic of a case (a spanningsveld, a perspectiefwissel question, …): what the group noticed. */
@Getter
@ExportRule
@Document("shared_notes")
public class SharedNote extends CaseDocument {

    public static final int TEXT_MAX_LENGTH = 500;

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
        super(caseId);
        this.topic = topic;
        this.meetingId = meetingId;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    /** The note as it is now, for the live path and the views. */
    public SharedNoteView view() {
        return new SharedNoteView(getId(), topic, text, authorId, authorName);
    }
}
