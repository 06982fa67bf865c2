package nl.reflectiewerkplaats.agreements.ui;

import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/** The afspraken in the session view: first what came of earlier ones, then this meeting's. */
@Component
final class AgreementsInstrument extends InstrumentTab {

    AgreementsInstrument(AgreementService service, CaseBroadcaster broadcaster) {
        super("AGREEMENTS", 78, "agreements.tab", c -> new AgreementsPanel(service, broadcaster, c));
    }
}
