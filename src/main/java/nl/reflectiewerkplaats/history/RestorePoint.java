package nl.reflectiewerkplaats.history;

import java.time.Instant;
import java.time.LocalDate;

/** An earlier meeting of the case whose end a shared instrument can be restored to. */
public record RestorePoint(String meetingId, String title, LocalDate date, Instant end) {
}
