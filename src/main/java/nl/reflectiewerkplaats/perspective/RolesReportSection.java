package nl.reflectiewerkplaats.perspective;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.stereotype.Component;

/** A roles round in the report: once revealed, a table of each role's dilemma and feeling; who played it only with names. */
@Component
record RolesReportSection(PerspectiveService roles) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context, Round round) {
        if (!PerspectiveService.ROUND.owns(round)) {
            return List.of();
        }
        ReportBlock heading = ReportBlock.heading("Perspectiefwissel: rollen");
        if (!round.isRevealed()) {
            return List.of(heading, ReportBlock.paragraph(ReportSection.notRevealed(round,
                    "De antwoorden zijn nog niet onthuld en blijven privé.")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (PerspectiveService.TableRow row : roles.table(context.actor(), round.getId())) {
            String role = row.role() + (context.includeNames() && !row.playedBy().isEmpty() ? " (" + row.playedBy() + ")" : "")
                    + (row.turnedAway() ? " — afgekeerd" : "") + ", " + (row.distance() < 0.34 ? "dichtbij"
                    : row.distance() > 0.66 ? "ver weg" : "halverwege");
            rows.add(List.of(role, row.dilemma(), row.feeling()));
        }
        return List.of(heading, new ReportBlock.Table(List.of("Rol", "Grootste dilemma of angst", "Gevoel"),
                List.of(1.2f, 2f, 2f), rows));
    }
}
