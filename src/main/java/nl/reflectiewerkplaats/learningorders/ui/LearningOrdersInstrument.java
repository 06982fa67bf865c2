package nl.reflectiewerkplaats.learningorders.ui;

import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.learningorders.LearningOrdersService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/** "Wat hebben we geleerd?" in the session view: the lens of the closing, just before it. */
@Component
final class LearningOrdersInstrument extends InstrumentTab {

    LearningOrdersInstrument(LearningOrdersService service, CaseBroadcaster broadcaster) {
        super("LEARNINGORDERS", 79, "learningorders.tab", c -> new LearningOrdersPanel(service, broadcaster, c));
    }
}
