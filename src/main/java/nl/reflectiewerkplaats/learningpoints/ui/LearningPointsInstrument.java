package nl.reflectiewerkplaats.learningpoints.ui;

import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/** The ten leerpunten in the session view: answered together, beside the earlier meetings' answers. */
@Component
final class LearningPointsInstrument extends InstrumentTab {

    LearningPointsInstrument(LearningPointsService service, CaseBroadcaster broadcaster) {
        super("LEARNINGPOINTS", 76, "workspace.tab.learningpoints", c -> new LearningPointsPanel(service, broadcaster,
                c.actor(), c.caseId(), c.meetingId(), !c.actor().watcher()));
    }
}
