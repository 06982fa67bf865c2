package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One piece of advice put in the rugzak, as a book. Taken out, it stays on record. */
@Getter
@ExportRule
@Document("backpack_books")
public class Book extends VersionedCaseDocument {

    public static final int TEXT_MAX_LENGTH = 200;

    @Indexed
    private String backpackId;
    private String text;
    private String authorId;
    private String authorName;
    private Instant addedAt;
    private Instant takenOutAt;
    private String takenOutBy;

    protected Book() {
    }

    Book(String backpackId, String caseId, String text, String authorId, String authorName, Instant addedAt) {
        super(caseId);
        this.backpackId = backpackId;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.addedAt = addedAt;
    }

    public boolean isInBackpack() {
        return takenOutAt == null;
    }

    void takeOut(String byName, Instant at) {
        this.takenOutBy = byName;
        this.takenOutAt = at;
    }
}
