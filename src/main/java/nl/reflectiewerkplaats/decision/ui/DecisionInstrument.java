package nl.reflectiewerkplaats.decision.ui;

import nl.reflectiewerkplaats.decision.DecisionService;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.stereotype.Component;

/** "Besluitniveau" in the session view; the decision-level round is its own. */
@Component
final class DecisionInstrument extends InstrumentTab {

    DecisionInstrument(DecisionService service, RoundService rounds, CaseBroadcaster broadcaster) {
        super("DECISION", 71, c -> new DecisionPanel(service, rounds, broadcaster, c));
    }

    @Override
    public boolean ownsTopic(String topic) {
        return DecisionService.TOPIC.equals(topic);
    }
}
