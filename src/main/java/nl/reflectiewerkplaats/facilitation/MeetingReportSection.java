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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The report's account of the meeting itself: who took part (names only when asked for) and the agenda. */
@Component
@Order(100)
record MeetingReportSection(FacilitationService facilitation, CaseService cases, MeetingService meetings,
                            AccountService accounts) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        Agenda agenda = facilitation.agenda(context.actor(), context.caseId(), context.meetingId());
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading("Wie deden er mee"));
        blocks.addAll(people(context, agenda));
        blocks.add(ReportBlock.heading("Agenda"));
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
            return List.of(ReportBlock.paragraph(people.size() + (people.size() == 1 ? " deelnemer en " : " deelnemers en ")
                    + facilitators.size() + (facilitators.size() == 1 ? " begeleider" : " begeleiders")
                    + " (namen weggelaten)."));
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Bullets(facilitators));
        if (people.isEmpty()) {
            blocks.add(ReportBlock.paragraph("Geen deelnemers via de uitnodigingslink."));
        }
        blocks.add(new ReportBlock.Bullets(people.stream().map(p -> p.getDisplayName() + " — "
                + p.getRoleOrOrganisation() + (p.isWatcher() ? " (meekijker)" : "")).toList()));
        return blocks;
    }
}
