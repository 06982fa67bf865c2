package nl.reflectiewerkplaats.notes;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A shared note on one topic of a case (a spanningsveld, a perspectiefwissel question,
 * …): what the group noticed. Never changed once stored (only removed), so it is an
 * immutable record that the live path carries as it is. Stored as before, as a case
 * document ({@code _id}, {@code caseId} and the fields below).
 *
 * @param id null until stored
 */
@ExportRule
@Document("shared_notes")
public record SharedNote(@Id String id, @Indexed String caseId, String topic, String meetingId, String text,
                         String authorId, String authorName, Instant createdAt) {

    public static final int TEXT_MAX_LENGTH = 500;
}
