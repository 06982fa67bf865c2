package nl.reflectiewerkplaats.ladder.ui;

import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.ladder.LadderService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/** The ladder van effectiviteit in the session view; whoever leads changes it, live for all. */
@Component
final class LadderInstrument extends InstrumentTab {

    LadderInstrument(LadderService service, CaseBroadcaster broadcaster) {
        super("LADDER", 74, "workspace.tab.ladder",
                c -> new LadderPanel(service, broadcaster, c.actor(), c.caseId(), c.moderator()));
    }
}
