package nl.reflectiewerkplaats.genogram.ui;

import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/** The geno-sociogram in the session view, titled with the case's pseudonym. */
@Component
final class GenogramInstrument extends InstrumentTab {

    GenogramInstrument(GenogramService service, CaseBroadcaster broadcaster, HistoryAffordance history) {
        super("GENOGRAM", 70, "workspace.tab.genogram", c -> new GenogramPanel(service, broadcaster, c.actor(),
                c.caseId(), c.meetingId(), c.moderator(), c.casePseudonym()).withHistory(history));
    }
}
