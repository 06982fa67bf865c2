package nl.reflectiewerkplaats.dream;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.AuthoredCaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** One answer card on the "Vragen naar de droom" board of a case. */
@Getter
@ExportRule
@Document("dream_cards")
public class DreamCard extends AuthoredCaseDocument {

    public static final int TEXT_MAX_LENGTH = 500;

    private String meetingId;
    private DreamQuestion question;
    private String text;
    private Instant updatedAt;

    protected DreamCard() {
    }

    DreamCard(String caseId, String meetingId, DreamQuestion question, String text, String authorId,
              String authorName, Instant createdAt) {
        super(caseId, authorId, authorName, createdAt);
        this.meetingId = meetingId;
        this.question = question;
        rewrite(text, createdAt);
    }

    /** The card as it is now, for the live path and the views. */
    public DreamCardView view() {
        return new DreamCardView(getId(), getVersion(), getCaseId(), meetingId, question, text, getAuthorId(),
                getAuthorName(), getCreatedAt(), updatedAt);
    }

    void rewrite(String text, Instant at) {
        this.text = text;
        this.updatedAt = at;
    }
}
