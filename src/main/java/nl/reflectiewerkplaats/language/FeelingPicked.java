package nl.reflectiewerkplaats.language;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseEvent;

/** Someone picked feeling cards. Before the reveal only their own views hear of it. */
public record FeelingPicked(String caseId, String roundId, String ownerId) implements CaseEvent {

    @Override
    public boolean visibleTo(Actor actor) {
        return ownerId.equals(actor.id());
    }
}
