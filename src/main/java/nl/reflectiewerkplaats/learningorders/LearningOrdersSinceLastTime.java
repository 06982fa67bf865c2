package nl.reflectiewerkplaats.learningorders;

import java.util.List;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import org.springframework.stereotype.Component;

/** "Sinds de vorige keer": what the group learned in the previous meeting, by order of learning. */
@Component
record LearningOrdersSinceLastTime(LearningOrdersService service) implements SinceLastTimeSource {

    /** The instrument id of the lessons' tab. */
    static final String INSTRUMENT = "LEARNINGORDERS";

    @Override
    public List<SinceEntry> since(SinceContext context) {
        LearningOrders content = service.content();
        return service.lessons(context.actor(), context.caseId(), context.previousMeetingId()).stream()
                .map(l -> new SinceEntry(SinceEntry.Section.LEARNED, SinceEntry.Change.STANDING, INSTRUMENT,
                        context.text("learningorders.since", content.order(l.order()).name(), l.text()),
                        LearningOrdersReportSection.shownBy(content, l), l.createdAt()))
                .toList();
    }
}
