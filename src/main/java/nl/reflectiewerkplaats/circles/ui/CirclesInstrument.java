package nl.reflectiewerkplaats.circles.ui;

import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.circles.CirclesGuide;
import nl.reflectiewerkplaats.circles.CirclesService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import org.springframework.stereotype.Component;

/**
 * The three circles in the session view. A goal becomes an afspraak through the
 * afspraken's own port ({@link AgreementService#fromGoal}): circles uses agreements, never
 * the other way round.
 */
@Component
final class CirclesInstrument extends InstrumentTab {

    CirclesInstrument(CirclesService service, CirclesGuide guide, AgreementService agreements,
                      CaseBroadcaster broadcaster) {
        super("CIRCLES", 15, "circles.tab", c -> new CirclesBoard(service, guide, broadcaster, c,
                (goal, origin) -> agreements.fromGoal(c.actor(), c.caseId(), c.meetingId(), goal, origin)));
    }
}
