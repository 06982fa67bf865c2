package nl.reflectiewerkplaats.decision;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.stereotype.Component;

/**
 * Each decision-level check of the meeting, among the rounds: the decision, and once the
 * round was revealed the spread of the six levels (names only in a named round, and only
 * when the report may carry names); before the reveal, or when it was stopped, no level.
 */
@Component
record DecisionReportSection(DecisionService decisions) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context, Round round) {
        if (!DecisionService.isDecisionRound(round)) {
            return List.of();
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(text(context, "decision.report.title")));
        decisions.decision(context.actor(), round.getId())
                .ifPresent(d -> blocks.add(ReportBlock.paragraph(text(context, "decision.report.decision", d.text()))));
        var spread = decisions.spread(context.actor(), round.getId());
        if (spread.isEmpty()) {
            blocks.add(ReportBlock.paragraph(ReportSection.notRevealed(round, text(context, "decision.report.open"))));
            return blocks;
        }
        boolean names = context.includeNames() && round.isNamed();
        List<List<String>> rows = new ArrayList<>();
        for (Spread.LevelCount level : spread.get().levels()) {
            List<String> row = new ArrayList<>(List.of(level.name(),
                    text(context, level.acceptable() ? "decision.acceptable" : "decision.notAcceptable"),
                    String.valueOf(level.count())));
            if (names) {
                row.add(String.join(", ", level.names()));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(text(context, "decision.report.level"),
                text(context, "decision.report.kind"), text(context, "decision.report.count")));
        List<Float> widths = new ArrayList<>(List.of(3f, 2f, 1f));
        if (names) {
            header.add(text(context, "decision.report.who"));
            widths.add(4f);
        }
        blocks.add(new ReportBlock.Table(header, widths, rows));
        blocks.add(ReportBlock.small(text(context, "decision.spread.summary", spread.get().acceptable(),
                spread.get().total())));
        blocks.add(ReportBlock.credit(text(context, "cards.source",
                decisions.levels().source().publication(), decisions.levels().source().section())));
        return blocks;
    }

    private static String text(ReportContext context, String key, Object... arguments) {
        return MessageFormat.format(context.texts().apply(key), arguments);
    }
}
