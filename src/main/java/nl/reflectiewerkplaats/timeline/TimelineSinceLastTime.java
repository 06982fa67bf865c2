package nl.reflectiewerkplaats.timeline;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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

    @Override
    public List<SinceEntry> since(SinceContext context) {
        Stream<SinceEntry> events = service.events(context.actor(), context.caseId()).stream()
                .map(e -> context.addedOrChanged("TIMELINE", context.text("timeline.since.event", e.getTitle(),
                                e.getDate().label()), e.getCreatedAt(), e.getAddedByName(), e.getUpdatedAt(),
                        e.getChangedByName()))
                .flatMap(Optional::stream);
        Stream<SinceEntry> gaps = service.gaps(context.actor(), context.caseId()).stream().filter(TimelineGap::isOpen)
                .map(gap -> new SinceEntry(SinceEntry.Section.OPEN, SinceEntry.Change.STANDING, "TIMELINE",
                        context.text("timeline.since.gap", gap.getQuestion(), String.valueOf(gap.getAt().getYear())),
                        context.byAt(gap.getAskedByName(), gap.getCreatedAt()), gap.getCreatedAt()));
        return Stream.concat(events, gaps).toList();
    }
}
