package nl.reflectiewerkplaats.casework;

import nl.reflectiewerkplaats.access.CaseMembership;
import org.springframework.stereotype.Component;
import java.time.Clock;

/** Answers the access check's questions from the stored cases, meetings and participants. */
@Component
class CaseMembershipLookup implements CaseMembership {

    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final ParticipantRepository participants;

    private final Clock clock;

    CaseMembershipLookup(CaseRepository cases, MeetingRepository meetings, ParticipantRepository participants,
                         Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.meetings = meetings;
        this.participants = participants;
    }

    @Override
    public boolean isFacilitatorOf(String accountId, String caseId) {
        return cases.existsByIdAndFacilitatorIdsContaining(caseId, accountId);
    }

    @Override
    public boolean isActiveParticipantOf(String participantId, String caseId) {
        return participants.findById(participantId)
                .filter(p -> caseId.equals(p.getCaseId()))
                .flatMap(p -> meetings.findById(p.getMeetingId()))
                .map(m -> m.isInviteValid(clock.instant()))
                .orElse(false);
    }

    @Override
    public boolean isMeetingOf(String meetingId, String caseId) {
        return meetingId != null && caseId != null
                && meetings.findById(meetingId).map(m -> caseId.equals(m.getCaseId())).orElse(false);
    }
}
