package nl.reflectiewerkplaats.language;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Een andere taal" in the report: each feeling-card round once shown (how many picked
 * each card; who only with names), and after the rounds the new words the group found.
 */
@Component
@Order(700)
record FeelingCardsReportSection(FeelingCardsService feelings, CardCatalog catalog, NotesReport notes) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        return notes.under("Nieuwe woorden", context, "nieuwe-woorden:" + context.meetingId());
    }

    @Override
    public List<ReportBlock> blocks(ReportContext context, Round round) {
        if (!FeelingCardsService.ROUND.owns(round)) {
            return List.of();
        }
        ReportBlock heading = ReportBlock.heading("Een andere taal: gevoelskaarten");
        if (!round.isRevealed()) {
            return List.of(heading, ReportBlock.paragraph(ReportSection.notRevealed(round,
                    "De kaarten zijn nog niet getoond en blijven privé.")));
        }
        List<String> lines = new ArrayList<>();
        feelings.table(context.actor(), round.getId()).forEach((word, who) -> {
            String by = context.includeNames() ? String.join(", ", who.stream().filter(n -> !n.isEmpty()).toList()) : "";
            String shown = catalog.feelingCards().image(word).map(i -> "beeldkaart: " + i.label()).orElse(word);
            lines.add(shown + " (" + who.size() + ")" + (by.isEmpty() ? "" : " — " + by));
        });
        return List.of(heading, new ReportBlock.Bullets(lines));
    }
}
