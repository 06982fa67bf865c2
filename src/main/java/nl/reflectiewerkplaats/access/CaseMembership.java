package nl.reflectiewerkplaats.access;

/**
 * What the access check needs to know about a case's people. Implemented by the
 * module that owns cases and meetings, so that this module depends on none.
 */
public interface CaseMembership {

    boolean isFacilitatorOf(String accountId, String caseId);

    /** True when the participant belongs to a meeting of this case that is open. */
    boolean isActiveParticipantOf(String participantId, String caseId);

    /** True when the meeting exists and belongs to the case. */
    boolean isMeetingOf(String meetingId, String caseId);
}
