package nl.reflectiewerkplaats.perspective;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseEvent;
import java.util.Set;

/** Events of the perspectiefwissel. */
public final class PerspectiveEvents {

    private PerspectiveEvents() {
    }

    /** The roles of a round changed (added, removed, taken, released). Roles are open to all. */
    public record RolesChanged(String caseId, String roundId) implements CaseEvent {
    }

    /** An answer was written. Before the reveal it reaches only its owner's views. */
    public record AnswerChanged(String caseId, String roundId, String ownerId, boolean revealed) implements CaseEvent {
        @Override
        public boolean visibleTo(Actor actor) {
            return revealed || ownerId.equals(actor.id());
        }
    }

    /** Who is in which group changed. Group membership is open to all. */
    public record GroupsChanged(String caseId, String roundId) implements CaseEvent {
    }

    /** A group's shared space changed. Before the pitch it reaches only that group's members. Carries an immutable copy. */
    public record GroupSpaceChanged(String caseId, String roundId, GroupSpaceView space, Set<String> memberIds,
                                    boolean revealed) implements CaseEvent {
        @Override
        public boolean visibleTo(Actor actor) {
            return revealed || memberIds.contains(actor.id());
        }
    }
}
