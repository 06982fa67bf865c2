package nl.reflectiewerkplaats.dream;

import java.time.Instant;

/**
 * A dream card as it was stored at one moment: what the live path and the board show.
 * Immutable, so one copy can go to every open view.
 */
public record DreamCardView(String id, long version, String caseId, String meetingId, DreamQuestion question,
                            String text, String authorId, String authorName, Instant createdAt, Instant updatedAt) {

    /** Whether the text was changed after the card was added. */
    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }
}
