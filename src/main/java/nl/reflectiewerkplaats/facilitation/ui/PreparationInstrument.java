package nl.reflectiewerkplaats.facilitation.ui;

import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import org.springframework.stereotype.Component;

/** The facilitator's own preparation (werkkaart 1): only in their view, never built for a participant. */
@Component
final class PreparationInstrument extends InstrumentTab {

    PreparationInstrument(FacilitationService service, CardCatalog catalog) {
        super("PREPARATION", 90, "workspace.tab.preparation", c -> new PreparationPanel(service, catalog, c.actor(),
                c.caseId(), c.meetingId()));
    }

    @Override
    public boolean moderatorOnly() {
        return true;
    }
}
