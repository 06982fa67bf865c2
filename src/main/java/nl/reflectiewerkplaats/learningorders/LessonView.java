package nl.reflectiewerkplaats.learningorders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lesson as stored, immutable: what the service returns and the live path carries.
 *
 * @param evidence     what would show it, or null while the group has not said
 * @param evidenceNote how exactly, in a few words ("" for none)
 */
public record LessonView(String id, String caseId, String meetingId, LearningOrder order, String text,
                         @Nullable Evidence evidence, String evidenceNote, String authorId, String authorName, Instant createdAt,
                         long version) {
}
