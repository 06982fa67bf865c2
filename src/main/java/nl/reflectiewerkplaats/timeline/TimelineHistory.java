package nl.reflectiewerkplaats.timeline;

import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.instrument.history.StoredDocumentsTarget;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts a kept state of a timeline document (event, period, gap) back for an undo or a restore,
 * with the version check of an edit, and tells every open timeline through the usual live events.
 * The lock holds here too: while the facilitator has locked the timeline, a participant undoes nothing.
 */
@Component
class TimelineHistory extends StoredDocumentsTarget {

    static final String AREA = "timeline";
    static final String EVENT = "timeline.event";
    static final String PERIOD = "timeline.period";
    static final String GAP = "timeline.gap";

    private final CaseSupport support;
    private final TimelineService timeline;

    TimelineHistory(MongoTemplate mongo, CaseSupport support, TimelineService timeline) {
        super(mongo, Map.of(EVENT, "timeline_events", PERIOD, "timeline_periods", GAP, "timeline_gaps"));
        this.support = support;
        this.timeline = timeline;
    }

    /** What the history says of a gap: its question, or its date. */
    static String label(TimelineGap gap) {
        return gap.getQuestion() == null || gap.getQuestion().isBlank() ? String.valueOf(gap.getAt())
                : gap.getQuestion();
    }

    @Override
    public void checkWrite(Actor actor, String caseId) {
        timeline.checkWrite(actor, caseId);
    }

    @Override
    protected void published(String caseId, String documentType, Outcome outcome, Document shown) {
        ChangeKind kind = ChangeKind.valueOf(outcome.name());
        var converter = mongo().getConverter();
        switch (documentType) {
            case EVENT -> support.publish(new TimelineEvents.EventChanged(caseId, kind,
                    converter.read(TimelineEvent.class, shown)));
            case PERIOD -> support.publish(new TimelineEvents.PeriodChanged(caseId, kind,
                    converter.read(TimelinePeriod.class, shown)));
            default -> support.publish(new TimelineEvents.GapChanged(caseId, kind,
                    converter.read(TimelineGap.class, shown).view()));
        }
    }
}
