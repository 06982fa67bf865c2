package nl.reflectiewerkplaats.facilitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The report's last section: the verbs chosen at the closing, the agreements, tops and tips, the source. */
@Component
@Order(900)
record ClosingReportSection(ClosingService closing, NotesReport notes) implements ReportSection {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        var actor = context.actor();
        String caseId = context.caseId();
        String meetingId = context.meetingId();
        List<ReportBlock> blocks = new ArrayList<>(List.of(
                ReportBlock.heading("Afsluiting"),
                ReportBlock.paragraph("Past bij wat we vandaag deden: " + verbs(closing.counts(actor, caseId, meetingId, false))),
                ReportBlock.paragraph("Hebben we hierna nodig: " + verbs(closing.counts(actor, caseId, meetingId, true)))));
        blocks.addAll(notes.under("Afspraken", context, "afspraken:" + meetingId));
        blocks.addAll(notes.under("Tops en tips", context, "tops-tips:" + meetingId));
        blocks.add(new ReportBlock.Text(ReportBlock.Text.Style.CREDIT, "Werkvormen naar: NJi, Samen lerend doen wat werkt in de praktijk."));
        return blocks;
    }

    private static String verbs(Map<Verb, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Verb, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().name().toLowerCase(DUTCH).replace('_', ' ') + " (" + e.getValue() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("—");
    }
}
