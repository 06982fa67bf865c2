package nl.reflectiewerkplaats.spiderweb;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The spinnenweb in the report: only the webs shared in the meeting (names only when the
 * report may carry them), the group's web drawn from them, and a table of the scores. A
 * web nobody shared does not appear, not even as a count.
 */
@Component
@Order(750)
record SpiderWebReportSection(SpiderWebService webs) implements ReportSection {

    private static final Color ACCENT = new Color(0x2f6f73);
    private static final Color LINE = new Color(0xdcdfe3);

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<SelfAssessment> shared = webs.shared(context.actor(), context.caseId(), context.meetingId());
        if (shared.isEmpty()) {
            return List.of();
        }
        ActInstruments.Competencies competencies = webs.competencies();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.KeepTogether(320));
        blocks.add(ReportBlock.heading(text(context, "web.report.title")));
        blocks.add(ReportBlock.paragraph(text(context, "web.report.sharedBy", shared.size())));
        Web average = webs.group(context.actor(), context.caseId(), context.meetingId(), "");
        blocks.add(drawing(competencies, average));
        List<String> header = new ArrayList<>(List.of(text(context, "web.report.competency")));
        List<Float> widths = new ArrayList<>(List.of(3f));
        for (int i = 0; i < shared.size(); i++) {
            header.add(context.includeNames() ? shared.get(i).getOwnerName() : text(context, "web.report.web", i + 1));
            widths.add(1f);
        }
        header.add(text(context, "web.report.average"));
        widths.add(1f);
        List<List<String>> rows = new ArrayList<>();
        for (ActInstruments.Competency competency : competencies.items()) {
            List<String> row = new ArrayList<>(List.of(competency.name()));
            for (SelfAssessment web : shared) {
                Integer score = web.getScores().get(competency.id());
                row.add(score == null ? "–" : String.valueOf(score));
            }
            Double avg = average.scores().get(competency.id());
            row.add(avg == null ? "–" : String.format(Locale.of("nl", "NL"), "%.1f", avg));
            rows.add(row);
        }
        blocks.add(new ReportBlock.Table(header, widths, rows));
        blocks.add(ReportBlock.credit(text(context, "cards.source",
                competencies.source().publication(), competencies.source().section())));
        return blocks;
    }

    /** The group's web as a vector drawing: rings, spokes with the competencies' names, the average. */
    private static ReportBlock drawing(ActInstruments.Competencies competencies, Web average) {
        List<ActInstruments.Competency> items = competencies.items();
        int max = competencies.scale().size();
        Radar radar = new Radar(items.size(), max, 210, 115, 85);
        List<ReportBlock.Drawing.Label> labels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            double[] at = radar.point(i, max + 0.6);
            labels.add(new ReportBlock.Drawing.Label(items.get(i).name(), (float) at[0], (float) at[1] + 3, 8,
                    Color.DARK_GRAY, true));
        }
        List<Double> scores = items.stream().map(c -> average.scores().get(c.id())).toList();
        return new ReportBlock.Drawing(420, 230, g -> paint(g, radar, max, scores), labels);
    }

    private static void paint(Graphics2D g, Radar radar, int max, List<Double> scores) {
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(LINE);
        for (int step = 1; step <= max; step++) {
            g.draw(path(radar.ring(step)));
        }
        for (int i = 0; i < radar.axes(); i++) {
            double[] end = radar.point(i, max);
            g.draw(new Line2D.Double(radar.centreX(), radar.centreY(), end[0], end[1]));
        }
        List<double[]> web = radar.web(scores);
        if (web.size() > 1) {
            Path2D shape = path(web);
            g.setColor(new Color(0x2f, 0x6f, 0x73, 50));
            g.fill(shape);
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(shape);
        }
    }

    private static Path2D path(List<double[]> corners) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < corners.size(); i++) {
            if (i == 0) {
                path.moveTo(corners.get(i)[0], corners.get(i)[1]);
            } else {
                path.lineTo(corners.get(i)[0], corners.get(i)[1]);
            }
        }
        path.closePath();
        return path;
    }

    private static String text(ReportContext context, String key, Object... arguments) {
        return MessageFormat.format(context.texts().apply(key), arguments);
    }
}
