package nl.reflectiewerkplaats.solo;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseEvent;

/** The live events of the solo reflection; none carries a place or an answer's text. */
public final class SoloEvents {

    private SoloEvents() {
    }

    /**
     * The answers shared in a meeting changed (one shared, or its sharing taken back):
     * everyone in that meeting reads them afresh through the service.
     */
    public record SharedAnswersChanged(String caseId, String meetingId) implements CaseEvent {
    }

    /** The facilitator's invitations of a case changed (made, revoked): for whoever leads. */
    public record InvitationsChanged(String caseId) implements CaseEvent {

        @Override
        public nl.reflectiewerkplaats.access.CaseAction requiredAction() {
            return nl.reflectiewerkplaats.access.CaseAction.MANAGE;
        }

        @Override
        public boolean visibleTo(Actor actor) {
            return actor instanceof Actor.Facilitator;
        }
    }
}
