package nl.reflectiewerkplaats.tensionfield;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseEvent;

/**
 * A placement was made or moved. Before the reveal it reaches only its owner's
 * views; after the reveal, everyone's. Carries an immutable copy without the person key.
 */
public record PlacementChanged(String caseId, PlacementView placement, boolean revealed) implements CaseEvent {

    @Override
    public boolean visibleTo(Actor actor) {
        return revealed || placement.ownerId().equals(actor.id());
    }
}
