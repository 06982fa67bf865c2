package nl.reflectiewerkplaats.access;

import org.springframework.stereotype.Service;

/**
 * The one access check: actor × case × action. Services call {@link #check} before
 * they touch the store; the live-update path calls {@link #allows} before it sends a
 * change to a view. Extend the rules here, nowhere else.
 */
@Service
public class AccessPolicy {

    private final CaseMembership membership;

    public AccessPolicy(CaseMembership membership) {
        this.membership = membership;
    }

    public boolean allows(Actor actor, String caseId, CaseAction action) {
        if (actor == null || caseId == null) {
            return false;
        }
        return switch (actor) {
            case Actor.Facilitator f -> membership.isFacilitatorOf(f.id(), caseId);
            case Actor.Participant p -> switch (action) {
                case READ -> caseId.equals(p.caseId()) && membership.isActiveParticipantOf(p.id(), caseId);
                // a watcher reads along and contributes nothing
                case CONTRIBUTE -> !p.watcher() && caseId.equals(p.caseId())
                        && membership.isActiveParticipantOf(p.id(), caseId);
                case MODERATE, MANAGE -> false;
            };
        };
    }

    /** Throws {@link NoAccessException} unless the actor may do this. */
    public void check(Actor actor, String caseId, CaseAction action) {
        if (!allows(actor, caseId, action)) {
            throw new NoAccessException();
        }
    }

    /**
     * May the actor change or remove a contribution by {@code authorId}? Authors may
     * change their own; those who moderate may change anyone's.
     */
    public void checkOwnOrModerate(Actor actor, String caseId, String authorId) {
        if (actor != null && actor.id().equals(authorId)) {
            check(actor, caseId, CaseAction.CONTRIBUTE);
        } else {
            check(actor, caseId, CaseAction.MODERATE);
        }
    }
}
