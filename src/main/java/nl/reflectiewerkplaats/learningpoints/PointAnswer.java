package nl.reflectiewerkplaats.learningpoints;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The group's answer to one leerpunt in one meeting, as stored: immutable, for views and live updates.
 *
 * @param answer null when only a note was made
 */
public record PointAnswer(String meetingId, String meetingTitle, LocalDate meetingDate, String pointId,
                          @Nullable Answer answer, String note, String byName, Instant at) {
}
