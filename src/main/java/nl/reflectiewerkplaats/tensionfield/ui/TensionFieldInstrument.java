package nl.reflectiewerkplaats.tensionfield.ui;

import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The spanningsvelden in the session view; a round on a field (or on the phases line) is theirs. */
@Component
final class TensionFieldInstrument extends InstrumentTab {

    TensionFieldInstrument(TensionFieldService service, RoundService rounds, SharedNoteService notes,
                           CardCatalog catalog, CaseBroadcaster broadcaster, ObjectProvider<FieldPanelAddition> additions) {
        super("FIELDS", 20, "workspace.tab.fields", c -> new TensionFieldPanel(service, rounds, notes, catalog,
                broadcaster, c, additions.orderedStream().toList()));
    }

    @Override
    public boolean ownsTopic(String topic) {
        // every field's round topic is the same prefix with the field's id
        return topic.startsWith(TensionFieldService.topic(""));
    }
}
