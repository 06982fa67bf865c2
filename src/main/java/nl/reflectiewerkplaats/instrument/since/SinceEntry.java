package nl.reflectiewerkplaats.instrument.since;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One line of "sinds de vorige keer", said without how it looks.
 *
 * @param section      under which heading it belongs
 * @param change       what happened to the item
 * @param instrumentId the workspace instrument (tab) where the item lives, as registered
 * @param text         what it is, in Dutch (e.g. "Verhuizing naar Tiel (mei 2021)")
 * @param detail       by whom and when, in Dutch; "" for none
 * @param at           when it happened, for the order within a section; null when not known
 */
@NamedInterface("since")
public record SinceEntry(Section section, Change change, String instrumentId, String text, String detail,
                         @Nullable Instant at) {

    /** The overview's headings, in this order. */
    @NamedInterface("since")
    public enum Section {
        /** timeline, diagrams and other shared content added, changed or removed */
        CHANGED,
        /** the previous meeting's afspraken and its closing */
        AGREED,
        /** the last revealed places on each spanningsveld that was used */
        PLACED,
        /** what the group learned last time */
        LEARNED,
        /** questions still open ("ontbreekt er iets?") */
        OPEN
    }

    /** What happened to the item. */
    @NamedInterface("since")
    public enum Change {
        ADDED, CHANGED, REMOVED,
        /** nothing changed: the entry recalls how it stands (an afspraak, a place, an open question) */
        STANDING
    }
}
