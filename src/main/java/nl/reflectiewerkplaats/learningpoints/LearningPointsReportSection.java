package nl.reflectiewerkplaats.learningpoints;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The leerpunten in the session report, when this meeting answered any: each point with this
 * meeting's answer and note, beside the answer of the meeting before (so the report shows the move).
 */
@Component
@Order(860)
record LearningPointsReportSection(LearningPointsService service) implements ReportSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("nl", "NL"));

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<PointAnswer> all = service.answers(context.actor(), context.caseId());
        Map<String, PointAnswer> now = all.stream().filter(a -> a.meetingId().equals(context.meetingId()))
                .collect(Collectors.toMap(PointAnswer::pointId, Function.identity()));
        if (now.isEmpty()) {
            return List.of();
        }
        // the latest earlier meeting that answered anything
        Optional<String> before = all.stream().filter(a -> !a.meetingId().equals(context.meetingId())
                        && a.meetingDate().isBefore(context.meetingDate().plusDays(1)))
                .reduce((first, second) -> second).map(PointAnswer::meetingId);
        Map<String, PointAnswer> then = before.map(id -> all.stream().filter(a -> a.meetingId().equals(id))
                .collect(Collectors.toMap(PointAnswer::pointId, Function.identity()))).orElse(Map.of());
        LearningPoints points = service.points();
        List<List<String>> rows = new ArrayList<>();
        for (LearningPoints.Point point : points.points()) {
            PointAnswer a = now.get(point.id());
            PointAnswer b = then.get(point.id());
            rows.add(List.of(point.number() + ". " + point.question(), b == null ? "" : label(b.answer()),
                    a == null ? "" : label(a.answer()), a == null ? "" : a.note()));
        }
        String earlier = then.isEmpty() ? "Vorige keer"
                : "Vorige keer (" + DAY.format(then.values().iterator().next().meetingDate()) + ")";
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(points.title()));
        blocks.add(new ReportBlock.Table(List.of("Leerpunt", earlier, "Nu", "Notitie"), List.of(4f, 1.4f, 1f, 3f),
                rows));
        blocks.add(ReportBlock.after(points.source().publication(), points.source().section()));
        return blocks;
    }

    private static String label(Answer answer) {
        return answer == null ? "–" : switch (answer) {
            case YES -> "ja";
            case PARTLY -> "deels";
            case NO -> "nee";
            case NOT_APPLICABLE -> "n.v.t.";
        };
    }
}
