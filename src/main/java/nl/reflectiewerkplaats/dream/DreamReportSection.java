package nl.reflectiewerkplaats.dream;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The dream board in the report: every question that got answers, with its answers. */
@Component
@Order(200)
record DreamReportSection(DreamBoardService dream, CardCatalog catalog) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<DreamCard> cards = dream.listCards(context.actor(), context.caseId());
        var questions = catalog.dreamQuestions();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(questions.title()));
        if (cards.isEmpty()) {
            blocks.add(ReportBlock.paragraph("Nog geen antwoorden."));
            return blocks;
        }
        blocks.addAll(answered(cards, DreamQuestion.Audience.CHILD, "Vragen aan het kind", questions.childQuestions()));
        blocks.addAll(answered(cards, DreamQuestion.Audience.PROFESSIONAL, "Vragen aan jezelf als professional",
                questions.professionalQuestions()));
        return blocks;
    }

    private static List<ReportBlock> answered(List<DreamCard> cards, DreamQuestion.Audience audience, String title,
                                              List<String> questions) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.subheading(title));
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            List<String> answers = cards.stream()
                    .filter(c -> c.getQuestion().audience() == audience && c.getQuestion().index() == index)
                    .map(DreamCard::getText).toList();
            if (!answers.isEmpty()) {
                blocks.add(ReportBlock.paragraph(questions.get(i)));
                blocks.add(new ReportBlock.Bullets(answers));
            }
        }
        return blocks;
    }
}
