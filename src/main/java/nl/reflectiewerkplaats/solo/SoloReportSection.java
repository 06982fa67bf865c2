package nl.reflectiewerkplaats.solo;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The answers from solo reflections that their owners shared in this meeting, after the
 * spanningsvelden. Only what the group saw: places and unshared answers stay with their
 * owners, also here.
 */
@Component
@Order(880)
record SoloReportSection(SoloReflectionService service, CardCatalog catalog, SoloGuide guide) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<List<String>> rows = new ArrayList<>();
        for (TensionField field : catalog.tensionFields()) {
            for (SoloReflectionService.SharedAnswer answer
                    : service.shared(context.actor(), context.caseId(), context.meetingId(), field.id())) {
                String question = answer.question() < field.questions().size()
                        ? field.questions().get(answer.question()) : "";
                rows.add(List.of(field.number() + ". " + field.title(), question, answer.ownerName(), answer.text()));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(ReportBlock.heading("Zelf gereflecteerd, gedeeld in deze bijeenkomst"),
                new ReportBlock.Table(List.of("Spanningsveld", "Vraag", "Wie", "Antwoord"),
                        List.of(1.6f, 2.4f, 1.2f, 3.2f), rows),
                ReportBlock.after(guide.source().publication(), guide.source().section()));
    }
}
