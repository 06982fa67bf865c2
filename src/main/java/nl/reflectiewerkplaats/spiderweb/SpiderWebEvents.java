package nl.reflectiewerkplaats.spiderweb;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.live.CaseEvent;

/** The live events of the spinnenweb; none carries a score. */
public final class SpiderWebEvents {

    private SpiderWebEvents() {
    }

    /**
     * Someone's web changed. Only their own views hear of it, unless the group's web
     * changed with it (a shared web changed, or was shared or taken back).
     */
    public record WebChanged(String caseId, String meetingId, String ownerId, boolean groupChanged) implements CaseEvent {

        @Override
        public boolean visibleTo(Actor actor) {
            return groupChanged || ownerId.equals(actor.id());
        }
    }

    /** The pitfalls checklist of a meeting changed: for whoever leads it. */
    public record PitfallsChanged(String caseId, String meetingId) implements CaseEvent {

        @Override
        public CaseAction requiredAction() {
            return CaseAction.MODERATE;
        }
    }
}
