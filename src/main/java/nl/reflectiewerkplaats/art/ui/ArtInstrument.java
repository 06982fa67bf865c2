package nl.reflectiewerkplaats.art.ui;

import nl.reflectiewerkplaats.art.ArtService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import org.springframework.stereotype.Component;

/** Kunst (werkkaart 7: a poem or a song) in the session view. */
@Component
final class ArtInstrument extends InstrumentTab {

    ArtInstrument(ArtService service, SharedNoteService notes, CaseBroadcaster broadcaster) {
        super("ART", 60, "workspace.tab.art", c -> new ArtPanel(service, notes, broadcaster, c));
    }
}
