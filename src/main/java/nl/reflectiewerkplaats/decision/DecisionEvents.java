package nl.reflectiewerkplaats.decision;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseEvent;

/** The live events of the decision-level check. */
public final class DecisionEvents {

    private DecisionEvents() {
    }

    /** A decision was stored with its round (the text is for everyone). */
    public record DecisionOpened(String caseId, String roundId) implements CaseEvent {
    }

    /** Someone named a level. Before the reveal only their own views hear of it, and it says no level. */
    public record LevelChosen(String caseId, String roundId, String ownerId) implements CaseEvent {

        @Override
        public boolean visibleTo(Actor actor) {
            return ownerId.equals(actor.id());
        }
    }

    /** How many have chosen so far: a number for everyone, never who or what. */
    public record ChoicesCounted(String caseId, String roundId, int chosen) implements CaseEvent {
    }
}
