package nl.reflectiewerkplaats.spiderweb.ui;

import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.spiderweb.SpiderWebService;
import org.springframework.stereotype.Component;

/** "Spinnenweb" in the session view: one's own web, the group's shared web, the pitfalls for the facilitator. */
@Component
final class SpiderWebInstrument extends InstrumentTab {

    SpiderWebInstrument(SpiderWebService service, CaseBroadcaster broadcaster) {
        super("SPIDERWEB", 72, c -> new SpiderWebPanel(service, broadcaster, c));
    }
}
