package nl.reflectiewerkplaats.sincelast.ui;

import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.sincelast.SinceLastTimeService;
import org.springframework.stereotype.Component;

/** "Sinds de vorige keer" in the session view: the first step of a follow-up meeting. */
@Component
final class SinceLastTimeInstrument extends InstrumentTab {

    SinceLastTimeInstrument(SinceLastTimeService service, CaseBroadcaster broadcaster) {
        super("SINCELAST", 3, "sincelast.tab", c -> new SinceLastTimePanel(service, broadcaster, c));
    }
}
