package nl.reflectiewerkplaats.decision;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.CaseDocument;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A decision the group took, as the facilitator typed it, with the round in which each
 * participant named its level. The text is for everyone from the start; the levels
 * ({@link LevelChoice}) are private until the round is revealed.
 */
@Getter
@ExportRule
@Document("decisions")
public class Decision extends CaseDocument {

    public static final int TEXT_MAX_LENGTH = 300;

    private String meetingId;
    @Indexed(unique = true)
    private String roundId;
    private String text;
    private Instant takenAt;

    protected Decision() {
    }

    Decision(String caseId, String meetingId, String roundId, String text, Instant takenAt) {
        super(caseId);
        this.meetingId = meetingId;
        this.roundId = roundId;
        this.text = text;
        this.takenAt = takenAt;
    }
}
