package nl.reflectiewerkplaats.mdo.ui;

import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.mdo.MdoGuide;
import nl.reflectiewerkplaats.mdo.MdoService;
import org.springframework.stereotype.Component;

/** The MDO's six steps and its consent in the session view (the agenda's first step of an MDO). */
@Component
final class MdoInstrument extends InstrumentTab {

    MdoInstrument(MdoService service, MdoGuide guide, CaseBroadcaster broadcaster) {
        super("MDO", 5, "mdo.tab", c -> new MdoPanel(service, guide, broadcaster, c));
    }
}
