package nl.reflectiewerkplaats.learningorders;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the group learned in this meeting, by order of learning, with what would show it; just before the closing. */
@Component
@Order(890)
record LearningOrdersReportSection(LearningOrdersService service) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<Lesson> all = service.lessons(context.actor(), context.caseId(), context.meetingId());
        if (all.isEmpty()) {
            return List.of();
        }
        LearningOrders content = service.content();
        List<List<String>> rows = new ArrayList<>();
        for (LearningOrders.Order order : content.orders()) {
            all.stream().filter(l -> l.order() == order.id()).forEach(l -> rows.add(List.of(order.name(), l.text(),
                    shownBy(content, l))));
        }
        return List.of(ReportBlock.heading(content.title()),
                new ReportBlock.Table(List.of("Orde van leren", "Wat we leerden", "Waaraan zien we het?"),
                        List.of(1.4f, 4f, 2.6f), rows),
                new ReportBlock.Text(ReportBlock.Text.Style.CREDIT,
                        "Naar: " + content.source().publication() + ", " + content.source().section() + "."));
    }

    /** "Outcome: Denise gaat drie ochtenden naar school", or "–" when nothing was said yet. */
    static String shownBy(LearningOrders content, Lesson lesson) {
        if (lesson.evidence() == null) {
            return lesson.evidenceNote().isEmpty() ? "–" : lesson.evidenceNote();
        }
        String level = content.level(lesson.evidence()).name();
        return lesson.evidenceNote().isEmpty() ? level : level + ": " + lesson.evidenceNote();
    }
}
