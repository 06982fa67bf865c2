package nl.reflectiewerkplaats.tensionfield;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportBlock.Scale;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.stereotype.Component;

/**
 * A spanningsveld (or werkkaart 8) round in the report: the line with everyone's place
 * once revealed — names only in a named round and when the report may name — and why
 * markers were moved. Before the reveal, or when stopped, only that it stays private.
 */
@Component
record TensionFieldReportSection(TensionFieldService fields, NotesReport notes) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context, Round round) {
        var found = fields.fieldOf(round);
        if (found.isEmpty()) {
            return List.of();
        }
        TensionField field = found.get();
        List<ReportBlock> blocks = new ArrayList<>();
        // the heading stays with its line
        blocks.add(new ReportBlock.KeepTogether(220));
        blocks.add(ReportBlock.heading((TensionFieldService.isPhases(field) ? "Werkkaart 8: " : "Spanningsveld: ")
                + field.title()));
        if (!round.isRevealed()) {
            blocks.add(ReportBlock.paragraph(ReportSection.notRevealed(round,
                    "Deze ronde is nog niet onthuld; de plekken blijven privé.")));
            return blocks;
        }
        boolean names = round.isNamed() && context.includeNames();
        List<MarkerView> markers = fields.markers(context.actor(), round.getId());
        blocks.add(ReportBlock.small((names ? "Met namen" : "Zonder namen") + " · " + markers.size() + " plekken"));
        blocks.add(new Scale(field.leftPole(), field.rightPole(), markers.stream()
                .map(m -> new Scale.Mark(m.current(), m.movedTo() == null ? null : m.position(), names ? m.label() : ""))
                .toList()));
        List<String> moved = markers.stream().filter(m -> m.moveReason() != null && !m.moveReason().isBlank())
                .map(m -> "Geschoven" + (names ? " (" + m.label() + ")" : "") + ": " + m.moveReason()).toList();
        if (!moved.isEmpty()) {
            blocks.add(new ReportBlock.Bullets(moved));
        }
        blocks.addAll(notes.under("Wat viel ons op?", context, "spanningsveld:" + field.id()));
        return blocks;
    }
}
