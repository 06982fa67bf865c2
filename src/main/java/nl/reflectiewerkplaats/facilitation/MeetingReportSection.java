package nl.reflectiewerkplaats.facilitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.stereotype.Component;

/** The report's account of the meeting itself: who took part (names only when asked for) and the agenda. */
@Component
class MeetingReportSection implements ReportSection {

    private final FacilitationService facilitation;
    private final CaseService cases;
    private final MeetingService meetings;
    private final AccountService accounts;

    MeetingReportSection(FacilitationService facilitation, CaseService cases, MeetingService meetings,
                         AccountService accounts) {
        this.facilitation = facilitation;
        this.cases = cases;
        this.meetings = meetings;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        Agenda agenda = facilitation.agenda(context.actor(), context.caseId(), context.meetingId());
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Wie deden er mee"));
        blocks.addAll(people(context, agenda));
        blocks.add(new ReportBlock.Heading("Agenda"));
        List<Agenda.Step> steps = agenda.getSteps();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Agenda.Step s = steps.get(i);
            String state = i < agenda.currentIndex() ? "gedaan" : i == agenda.currentIndex() ? "waar de groep nu is" : "nog niet";
            lines.add((i + 1) + ". " + s.title() + " (" + s.plannedMinutes() + " min) — " + state);
        }
        blocks.add(new ReportBlock.Bullets(lines));
        return blocks;
    }

    private List<ReportBlock> people(ReportContext context, Agenda agenda) {
        // the facilitators of the case first (they lead, they did not come in by the link)
        List<String> facilitators = cases.getCase(context.actor(), context.caseId()).getFacilitatorIds().stream()
                .map(id -> accounts.findById(id).map(a -> a.getDisplayName()
                                + (id.equals(agenda.getLeaderId()) ? " — begeleider, leidde de bijeenkomst" : " — begeleider"))
                        .orElse(null))
                .filter(Objects::nonNull).toList();
        List<Participant> people = meetings.listParticipants(context.actor(), context.meetingId());
        if (!context.includeNames()) {
            return List.of(new ReportBlock.Text(people.size() + (people.size() == 1 ? " deelnemer en " : " deelnemers en ")
                    + facilitators.size() + (facilitators.size() == 1 ? " begeleider" : " begeleiders")
                    + " (namen weggelaten)."));
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Bullets(facilitators));
        if (people.isEmpty()) {
            blocks.add(new ReportBlock.Text("Geen deelnemers via de uitnodigingslink."));
        }
        blocks.add(new ReportBlock.Bullets(people.stream().map(p -> p.getDisplayName() + " — "
                + p.getRoleOrOrganisation() + (p.isWatcher() ? " (meekijker)" : "")).toList()));
        return blocks;
    }
}
