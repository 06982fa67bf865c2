package nl.reflectiewerkplaats.tensionfield;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseEvent;

/**
 * A placement was made or moved. Before the reveal it reaches only its owner's
 * views; after the reveal, everyone's.
 */
public record PlacementChanged(String caseId, Placement placement, boolean revealed) implements CaseEvent {

    @Override
    public boolean visibleTo(Actor actor) {
        return revealed || placement.getOwnerId().equals(actor.id());
    }
}
