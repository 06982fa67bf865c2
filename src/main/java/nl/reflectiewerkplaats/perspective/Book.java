package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One piece of advice put in the rugzak, as a book. Taken out, it stays on record. */
@nl.reflectiewerkplaats.base.ExportRule
@Document("backpack_books")
public class Book {

    public static final int TEXT_MAX_LENGTH = 200;

    @Id
    private String id;
    @Indexed
    private String backpackId;
    private String caseId;
    private String text;
    private String authorId;
    private String authorName;
    private Instant addedAt;
    private Instant takenOutAt;
    private String takenOutBy;
    @Version
    private Long version;

    protected Book() {
    }

    Book(String backpackId, String caseId, String text, String authorId, String authorName, Instant addedAt) {
        this.backpackId = backpackId;
        this.caseId = caseId;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.addedAt = addedAt;
    }

    public String getId() {
        return id;
    }

    public String getBackpackId() {
        return backpackId;
    }

    public String getCaseId() {
        return caseId;
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

    public Instant getAddedAt() {
        return addedAt;
    }

    public boolean isInBackpack() {
        return takenOutAt == null;
    }

    public String getTakenOutBy() {
        return takenOutBy;
    }

    void takeOut(String byName, Instant at) {
        this.takenOutBy = byName;
        this.takenOutAt = at;
    }
}
