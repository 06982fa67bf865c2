package nl.reflectiewerkplaats.facilitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import org.springframework.stereotype.Component;

/** The report's last section: the verbs chosen at the closing, the agreements, tops and tips, the source. */
@Component
class ClosingReportSection implements ReportSection {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private final ClosingService closing;
    private final NotesReport notes;

    ClosingReportSection(ClosingService closing, NotesReport notes) {
        this.closing = closing;
        this.notes = notes;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        var actor = context.actor();
        String caseId = context.caseId();
        String meetingId = context.meetingId();
        List<ReportBlock> blocks = new ArrayList<>(List.of(
                new ReportBlock.Heading("Afsluiting"),
                new ReportBlock.Text("Past bij wat we vandaag deden: " + verbs(closing.counts(actor, caseId, meetingId, false))),
                new ReportBlock.Text("Hebben we hierna nodig: " + verbs(closing.counts(actor, caseId, meetingId, true)))));
        blocks.addAll(notes.under("Afspraken", context, "afspraken:" + meetingId));
        blocks.addAll(notes.under("Tops en tips", context, "tops-tips:" + meetingId));
        blocks.add(new ReportBlock.Credit("Werkvormen naar: NJi, Samen lerend doen wat werkt in de praktijk."));
        return blocks;
    }

    private static String verbs(Map<Verb, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Verb, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().name().toLowerCase(DUTCH).replace('_', ' ') + " (" + e.getValue() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("—");
    }
}
