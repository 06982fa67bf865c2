package nl.reflectiewerkplaats.facilitation.ui;

import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import org.springframework.stereotype.Component;

/** The afsluiting in the session view. */
@Component
final class ClosingInstrument extends InstrumentTab {

    ClosingInstrument(ClosingService service, SharedNoteService notes, CaseBroadcaster broadcaster) {
        super("CLOSING", 80, "workspace.tab.closing", c -> new ClosingPanel(service, notes, broadcaster, c));
    }
}
