package nl.reflectiewerkplaats.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.stereotype.Service;

/**
 * The session report: one PDF of a leerbijeenkomst as it stands — case, date, who took
 * part (names can be left out), the agenda, every instrument as it ended, the closing.
 * Black and white, page numbers, for the facilitator (also during the session).
 *
 * <p>Every instrument module contributes its own {@link ReportSection}; this service puts
 * them in order (the meeting's rounds in the order they were opened, at
 * {@link ReportSection#ROUNDS}) and {@link ReportPdf} draws the blocks.
 */
@Service
public class SessionReportService {

    private final AccessPolicy access;
    private final CaseService cases;
    private final MeetingService meetings;
    private final RoundService rounds;
    private final List<ReportSection> sections;
    private final ReportPdf pdf;

    SessionReportService(AccessPolicy access, CaseService cases, MeetingService meetings, RoundService rounds,
                         List<ReportSection> sections, ReportPdf pdf) {
        this.access = access;
        this.cases = cases;
        this.meetings = meetings;
        this.rounds = rounds;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.pdf = pdf;
    }

    /** The report as PDF bytes. Only for those who lead the case. */
    public byte[] pdf(Actor actor, String meetingId, boolean includeNames) {
        Meeting meeting = meetings.getMeeting(actor, meetingId);
        String caseId = meeting.getCaseId();
        access.check(actor, caseId, CaseAction.MODERATE);
        Case theCase = cases.getCase(actor, caseId);
        List<Round> held = rounds.ofMeeting(actor, caseId, meetingId).stream()
                // put away without a reveal: not part of the record
                .filter(r -> r.getPhase() != Round.Phase.DISCARDED).toList();
        ReportContext context = new ReportContext(actor, caseId, theCase.getPseudonym(), meetingId, meeting.getTitle(),
                meeting.getDate(), includeNames, held, ReportTexts::dutch);
        return pdf.render("Verslag " + meeting.getTitle(), theCase.getPseudonym() + " · " + meeting.getTitle(),
                blocks(context));
    }

    /** Every section's blocks in order, the rounds' blocks at their place among them. */
    private List<ReportBlock> blocks(ReportContext context) {
        List<ReportBlock> blocks = new ArrayList<>();
        sections.stream().filter(s -> s.order() < ReportSection.ROUNDS).forEach(s -> blocks.addAll(s.blocks(context)));
        for (Round round : context.rounds()) {
            sections.forEach(s -> blocks.addAll(s.blocks(context, round)));
        }
        sections.stream().filter(s -> s.order() >= ReportSection.ROUNDS).forEach(s -> blocks.addAll(s.blocks(context)));
        return blocks;
    }
}
