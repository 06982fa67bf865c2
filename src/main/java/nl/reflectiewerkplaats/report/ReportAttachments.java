package nl.reflectiewerkplaats.report;

import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.privacy.CaseAttachments;
import org.springframework.stereotype.Component;

/** A case's export holds the report of each of its meetings as PDF. */
@Component
class ReportAttachments implements CaseAttachments {

    private final SessionReportService reports;
    private final MeetingService meetings;

    ReportAttachments(SessionReportService reports, MeetingService meetings) {
        this.reports = reports;
        this.meetings = meetings;
    }

    @Override
    public List<Attachment> attachmentsFor(Actor actor, String caseId) {
        List<Meeting> all = meetings.listMeetings(actor, caseId);
        return all.stream().map(m -> new Attachment("verslagen/" + m.getDate() + "-" + m.getId() + ".pdf",
                reports.pdf(actor, m.getId(), true))).toList();
    }
}
