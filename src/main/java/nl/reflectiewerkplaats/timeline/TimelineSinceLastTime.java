package nl.reflectiewerkplaats.timeline;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import org.springframework.stereotype.Component;

/**
 * "Sinds de vorige keer" for the timeline: events added or changed since the previous meeting
 * (by whom, when), and every "ontbreekt er iets?" question that is still open.
 */
@Component
record TimelineSinceLastTime(TimelineService service) implements SinceLastTimeSource {

    static final String INSTRUMENT = "TIMELINE";

    @Override
    public List<SinceEntry> since(SinceContext context) {
        List<SinceEntry> entries = new ArrayList<>();
        for (TimelineEvent e : service.events(context.actor(), context.caseId())) {
            String text = context.text("timeline.since.event", e.getTitle(), e.getDate().label());
            if (context.within(e.getCreatedAt())) {
                entries.add(new SinceEntry(SinceEntry.Section.CHANGED, SinceEntry.Change.ADDED, INSTRUMENT, text,
                        context.byAt(e.getAddedByName(), e.getCreatedAt()), e.getCreatedAt()));
            } else if (context.within(e.getUpdatedAt())) {
                entries.add(new SinceEntry(SinceEntry.Section.CHANGED, SinceEntry.Change.CHANGED, INSTRUMENT, text,
                        context.byAt(e.getChangedByName(), e.getUpdatedAt()), e.getUpdatedAt()));
            }
        }
        for (TimelineGap gap : service.gaps(context.actor(), context.caseId())) {
            if (gap.isOpen()) {
                entries.add(new SinceEntry(SinceEntry.Section.OPEN, SinceEntry.Change.STANDING, INSTRUMENT,
                        context.text("timeline.since.gap", gap.getQuestion(), String.valueOf(gap.getAt().getYear())),
                        context.byAt(gap.getAskedByName(), gap.getCreatedAt()), gap.getCreatedAt()));
            }
        }
        return entries;
    }
}
