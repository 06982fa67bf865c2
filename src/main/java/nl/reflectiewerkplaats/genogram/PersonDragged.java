package nl.reflectiewerkplaats.genogram;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.access.Actor;

/**
 * Someone started or stopped dragging a person: shown to the others as a marked
 * outline with the dragger's name. Not stored; it only travels the live path.
 */
public record PersonDragged(String caseId, DiagramKind diagram, String personId, String actorId, String actorName,
                            boolean dragging) implements CaseEvent {

    /** The dragger sees the drag in their own browser already. */
    @Override
    public boolean visibleTo(Actor actor) {
        return !actor.id().equals(actorId);
    }
}
