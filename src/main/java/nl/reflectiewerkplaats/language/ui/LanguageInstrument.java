package nl.reflectiewerkplaats.language.ui;

import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.stereotype.Component;

/** "Andere taal" (werkkaart 6) in the session view; the feeling-cards round is its. */
@Component
final class LanguageInstrument extends InstrumentTab {

    LanguageInstrument(FeelingCardsService service, RoundService rounds, SharedNoteService notes, CardCatalog catalog,
                       CaseBroadcaster broadcaster) {
        super("LANGUAGE", 50, "workspace.tab.language", c -> new LanguagePanel(service, rounds, notes, catalog,
                broadcaster, c));
    }

    @Override
    public boolean ownsTopic(String topic) {
        return FeelingCardsService.ROUND.topic().equals(topic);
    }
}
