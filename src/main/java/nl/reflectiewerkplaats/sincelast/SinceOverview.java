package nl.reflectiewerkplaats.sincelast;

import java.time.LocalDate;
import java.util.List;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import org.jspecify.annotations.Nullable;

/**
 * "Sinds de vorige keer" as one person may see it now.
 *
 * @param previousTitle the previous meeting's title; null when this is the case's first meeting
 * @param previousDate  its date; null likewise
 * @param shared        whether the facilitator lets everyone look along
 * @param visible       whether this person sees the entries (whoever leads always, others when shared)
 * @param entries       in the order of their sections, then by time; empty when not visible
 */
public record SinceOverview(@Nullable String previousTitle, @Nullable LocalDate previousDate, boolean shared,
                            boolean visible, List<SinceEntry> entries) {

    public SinceOverview {
        entries = List.copyOf(entries);
    }

    public boolean firstMeeting() {
        return previousTitle == null;
    }
}
