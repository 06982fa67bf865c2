package nl.reflectiewerkplaats.dream.ui;

import com.vaadin.flow.component.UI;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/** "Vragen naar de droom" in the session view; whoever leads can light a card up for everyone. */
@Component
final class DreamInstrument extends InstrumentTab {

    DreamInstrument(DreamBoardService service, CardCatalog catalog, CaseBroadcaster broadcaster,
                    FacilitationService facilitation) {
        super("DREAM", 10, "workspace.tab.dream", c -> new DreamBoard(service, catalog, broadcaster, c.actor(),
                c.caseId(), c.meetingId(), c.moderator(), c.moderator() ? text -> Messages.attempt(UI.getCurrent(),
                        () -> facilitation.spotlight(c.actor(), c.caseId(), c.meetingId(), text)) : null));
    }
}
