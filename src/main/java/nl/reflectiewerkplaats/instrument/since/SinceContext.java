package nl.reflectiewerkplaats.instrument.since;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a {@link SinceLastTimeSource} may know about the overview being made.
 *
 * @param actor             who looks (sources read through their services as this actor)
 * @param meetingId         the meeting now
 * @param previousMeetingId the case's meeting before this one (by date)
 * @param previousDate      that meeting's date
 * @param from              changes from this moment on count (the start of the previous meeting's day)
 * @param to                and up to this moment (now)
 * @param texts             the app's texts by key and arguments (Dutch)
 */
@NamedInterface("since")
public record SinceContext(Actor actor, String caseId, String meetingId, String previousMeetingId,
                           LocalDate previousDate, Instant from, Instant to,
                           BiFunction<String, Object[], String> texts) {

    /** Whether something that happened at this moment falls in the window. */
    public boolean within(@Nullable Instant at) {
        return at != null && !at.isBefore(from) && !at.isAfter(to);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.of("nl", "NL"))
            .withZone(DutchTime.ZONE);

    /** "by Anna, 3 dec 14:05" in the app's words; only the moment when no name is known. */
    public String byAt(@Nullable String name, @Nullable Instant at) {
        String when = at == null ? "" : WHEN.format(at);
        return name == null || name.isBlank() ? when : text("sincelast.byAt", name, when);
    }

    /**
     * The entry for an item of shared content that may have been added or changed in the window:
     * "nieuw" when it was added in it, else "gewijzigd" when it was changed in it, else none.
     */
    public Optional<SinceEntry> addedOrChanged(String instrumentId, String text, @Nullable Instant addedAt,
                                               @Nullable String addedBy, @Nullable Instant changedAt,
                                               @Nullable String changedBy) {
        if (within(addedAt)) {
            return Optional.of(new SinceEntry(SinceEntry.Section.CHANGED, SinceEntry.Change.ADDED, instrumentId, text,
                    byAt(addedBy, addedAt), addedAt));
        }
        if (within(changedAt)) {
            return Optional.of(new SinceEntry(SinceEntry.Section.CHANGED, SinceEntry.Change.CHANGED, instrumentId, text,
                    byAt(changedBy, changedAt), changedAt));
        }
        return Optional.empty();
    }

    /** The text for a key, with its arguments filled in. */
    public String text(String key, Object... args) {
        return texts.apply(key, args);
    }
}
