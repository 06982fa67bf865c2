package nl.reflectiewerkplaats.access;

import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.base.AuthoredCaseDocument;
import org.springframework.stereotype.Service;

/**
 * The one access check: actor × case × action. Services call {@link #check} before
 * they touch the store; the live-update path calls {@link #allows} before it sends a
 * change to a view. Extend the rules here, nowhere else.
 *
 * <p>Every {@link #check} is written to the {@link AccessLog} (allowed or not), naming
 * the service method that asked as the object; the live path's {@link #allows} is
 * not, since the view that receives a change read the case when it opened.
 */
@Service
public class AccessPolicy {

    private static final StackWalker STACK = StackWalker.getInstance();

    private final CaseMembership membership;
    private final AccessLog log;

    public AccessPolicy(CaseMembership membership, AccessLog log) {
        this.membership = membership;
        this.log = log;
    }

    public boolean allows(Actor actor, String caseId, CaseAction action) {
        if (actor == null || caseId == null) {
            return false;
        }
        return switch (actor) {
            case Actor.Facilitator f -> membership.isFacilitatorOf(f.id(), caseId);
            // the beheerder's role reaches no case content
            case Actor.Administrator a -> false;
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
        check(actor, caseId, action, null);
    }

    /** As {@link #check(Actor, String, CaseAction)}, naming the object (document id) concerned. */
    public void check(Actor actor, String caseId, CaseAction action, String objectId) {
        boolean allowed = allows(actor, caseId, action);
        log.record(actor, caseId, caller(), objectId, action == CaseAction.READ ? AuditAction.READ : AuditAction.CHANGE,
                allowed);
        if (!allowed) {
            throw new NoAccessException();
        }
    }

    /**
     * For the holder of a personal link (a solo reflection between meetings): a participant
     * of the case may read and fill in what the link covers, and nothing else, while the
     * link is valid. The caller judged the link ({@code linkValid}: known, not revoked, not
     * expired) and names what is done ({@code operation}, "Service.method") and the
     * document. Logged like {@link #check}.
     */
    public void checkByLink(Actor.Participant holder, String caseId, CaseAction action, String operation,
                            String objectId, boolean linkValid) {
        boolean allowed = linkValid && holder != null && !holder.watcher() && caseId != null
                && caseId.equals(holder.caseId()) && (action == CaseAction.READ || action == CaseAction.CONTRIBUTE);
        log.record(holder, caseId, operation, objectId, action == CaseAction.READ ? AuditAction.READ : AuditAction.CHANGE,
                allowed);
        if (!allowed) {
            throw new NoAccessException();
        }
    }

    /**
     * As {@link #check(Actor, String, CaseAction)}, for a method that also names a
     * meeting: the meeting must belong to the case, or the call is refused (and logged),
     * whatever the actor may do in the case.
     */
    public void check(Actor actor, String caseId, String meetingId, CaseAction action) {
        checkMeetingOfCase(actor, caseId, meetingId, caller());
        check(actor, caseId, action, null);
    }

    /**
     * Refuses a (case, meeting) pair whose meeting is not of that case. Called by
     * {@link ServiceCallGuard} before every service method that takes both, so a
     * facilitator of one case cannot reach another case's meeting by naming their own
     * case. A null meeting id names no meeting and passes.
     */
    public void checkMeetingOfCase(Actor actor, String caseId, String meetingId, String object) {
        if (meetingId == null || caseId == null) {
            return;
        }
        if (!membership.isMeetingOf(meetingId, caseId)) {
            log.record(actor, caseId, object, meetingId, AuditAction.READ, false);
            throw new NoAccessException();
        }
    }

    /** Records an export or erasure of case data, after {@link #check} allowed it. */
    public void recordCaseWide(Actor actor, String caseId, AuditAction action) {
        log.record(actor, caseId, caller(), null, action, true);
    }

    /** "Service.method" of the first caller outside this class. */
    private static String caller() {
        return STACK.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(AccessPolicy.class.getName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("?"));
    }

    /**
     * May the actor change or remove a contribution by {@code authorId}? Authors may
     * change their own; those who moderate may change anyone's.
     */
    public void checkOwnOrModerate(Actor actor, String caseId, String authorId) {
        if (actor != null && actor.id().equals(authorId)) {
            check(actor, caseId, CaseAction.CONTRIBUTE, null);
        } else {
            check(actor, caseId, CaseAction.MODERATE, null);
        }
    }

    /** {@link #checkOwnOrModerate(Actor, String, String)} for a stored contribution: its case and its author. */
    public void checkOwnOrModerate(Actor actor, AuthoredCaseDocument contribution) {
        checkOwnOrModerate(actor, contribution.getCaseId(), contribution.getAuthorId());
    }
}
