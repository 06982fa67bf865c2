package nl.reflectiewerkplaats.workspace.ui;

import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.report.SessionReportService;
import org.springframework.stereotype.Component;

/**
 * What the session view asks of the case work: the meeting and its case for whoever
 * opens it (the services check access), whether they lead, their role, and the report.
 */
@Component
record WorkspaceMeetings(CaseService cases, MeetingService meetings, AccessPolicy access, SessionReportService reports) {

    /** One person's session: the meeting, its case, and the context the instruments are built with. */
    record Session(SessionContext context, Case theCase, Meeting meeting) {

        Actor actor() {
            return context.actor();
        }

        String meetingId() {
            return context.meetingId();
        }
    }

    Session open(Actor actor, String meetingId) {
        Meeting meeting = meetings.getMeeting(actor, meetingId);
        Case theCase = cases.getCase(actor, meeting.getCaseId());
        boolean moderator = access.allows(actor, theCase.getId(), CaseAction.MODERATE);
        return new Session(new SessionContext(actor, theCase.getId(), theCase.getPseudonym(), meetingId, moderator,
                meeting.isNetwork()), theCase, meeting);
    }

    /** A participant's role or organisation, as they gave it when joining. */
    String roleOf(Actor participant) {
        return meetings.getParticipant(participant, participant.id()).getRoleOrOrganisation();
    }

    /** The meeting's report as PDF, with the names (for the facilitator). */
    byte[] report(Actor actor, String meetingId) {
        return reports.pdf(actor, meetingId, true);
    }
}
