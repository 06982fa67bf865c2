package nl.reflectiewerkplaats.round;

import java.util.List;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.live.CaseEvent;

/** Who has answered so far (names, never what). Only for those who lead the session. */
public record RoundProgress(String caseId, String roundId, List<String> answeredBy) implements CaseEvent {

    @Override
    public CaseAction requiredAction() {
        return CaseAction.MODERATE;
    }
}
