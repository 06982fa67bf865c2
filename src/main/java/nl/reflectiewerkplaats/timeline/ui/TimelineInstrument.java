package nl.reflectiewerkplaats.timeline.ui;

import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.springframework.stereotype.Component;

/** The tijdlijn in the session view. */
@Component
final class TimelineInstrument extends InstrumentTab {

    TimelineInstrument(TimelineService service, SharedNoteService notes, CaseBroadcaster broadcaster,
                       HistoryAffordance history) {
        super("TIMELINE", 40, c -> new TimelinePanel(service, notes, broadcaster, c.actor(), c.caseId(),
                c.meetingId(), c.moderator()).withHistory(history));
    }
}
