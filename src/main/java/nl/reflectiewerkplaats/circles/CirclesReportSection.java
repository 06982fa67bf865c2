package nl.reflectiewerkplaats.circles;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The three circles in the report, as they stand: each circle's points by kind, then the arrows. */
@Component
@Order(250)
record CirclesReportSection(CirclesService circles, CirclesGuide guide) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<CircleState> states = circles.circles(context.actor(), context.caseId());
        if (states.stream().allMatch(s -> s.points().isEmpty() && s.arrow().isBlank())) {
            return List.of();
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(guide.title()));
        for (CircleState state : states) {
            blocks.add(ReportBlock.subheading(guide.circle(state.circle()).name()));
            if (state.points().isEmpty()) {
                blocks.add(ReportBlock.small(context.texts().apply("circles.report.empty")));
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (Mark mark : Mark.values()) {
                state.points(mark).forEach(p -> lines.add(mark.symbol() + "  "
                        + context.texts().apply("circles.mark." + mark) + ": " + p.text()));
            }
            blocks.add(new ReportBlock.Bullets(lines));
        }
        List<String> arrows = states.stream().filter(s -> !s.arrow().isBlank())
                .map(s -> guide.arrow(s.circle()).name() + ": " + s.arrow())
                .toList();
        if (!arrows.isEmpty()) {
            blocks.add(ReportBlock.subheading(context.texts().apply("circles.arrows")));
            blocks.add(new ReportBlock.Bullets(arrows));
        }
        blocks.add(ReportBlock.after(guide.source().publication(), guide.source().section()));
        return blocks;
    }
}
