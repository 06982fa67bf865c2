package nl.reflectiewerkplaats.learningorders;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing the group learned in one meeting, sorted into an order of learning, with what would show
 * it. Immutable here: the service changes one field at a time in the store, so two people sorting and
 * marking the same lesson at once never undo each other. Stored as a case document ({@code _id},
 * {@code caseId}); the live path carries it as it is.
 *
 * @param id           null until stored
 * @param evidence     what would show it, or null while the group has not said
 * @param evidenceNote how exactly, in a few words ("" for none)
 */
@ExportRule
@Document("learning_order_lessons")
public record Lesson(@Id @Nullable String id, @Indexed String caseId, @Indexed String meetingId, LearningOrder order,
                     String text, @Nullable Evidence evidence, String evidenceNote, String authorId, String authorName,
                     Instant createdAt) {

    public static final int TEXT_MAX_LENGTH = 300;
}
