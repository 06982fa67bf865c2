package nl.reflectiewerkplaats.decision;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A decision the group took, as the facilitator typed it, with the round in which each
 * participant named its level. The text is for everyone from the start; the levels
 * ({@link LevelChoice}) are private until the round is revealed.
 */
@ExportRule
@Document("decisions")
public record Decision(@Id String id, @Indexed String caseId, String meetingId, @Indexed(unique = true) String roundId,
                       String text, Instant takenAt) {

    public static final int TEXT_MAX_LENGTH = 300;
}
