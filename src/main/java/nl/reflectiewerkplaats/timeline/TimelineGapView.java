package nl.reflectiewerkplaats.timeline;

import java.time.LocalDate;

/**
 * A gap on the timeline ("ontbreekt er iets?") as stored at one moment: what the views
 * show and the live path carries (immutable).
 *
 * @param filledByEventId the event that filled it, or null while it is open
 */
public record TimelineGapView(String id, long version, LocalDate at, String question, String askedByName,
                              String filledByEventId) {

    public boolean open() {
        return filledByEventId == null;
    }
}
