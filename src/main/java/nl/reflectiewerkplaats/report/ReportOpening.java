package nl.reflectiewerkplaats.report;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The top of the report: what it is, which case and meeting, when it was made, the case's question. */
@Component
@Order(0)
record ReportOpening(CaseService cases, Clock clock) implements ReportSection {

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH)
            .withZone(ZoneId.systemDefault());

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        Case theCase = cases.getCase(context.actor(), context.caseId());
        List<ReportBlock> blocks = new ArrayList<>(List.of(
                new ReportBlock.Text(ReportBlock.Text.Style.TITLE, "Verslag van een leerbijeenkomst"),
                ReportBlock.subheading("Casus " + context.pseudonym() + " · " + context.meetingTitle() + " · "
                        + DATE.format(context.meetingDate())),
                ReportBlock.small("Gemaakt op " + STAMP.format(clock.instant()) + ". Gebruik alleen schuilnamen; "
                        + "bewaar en deel dit verslag zoals afgesproken voor gegevens van de casus.")));
        if (!theCase.getQuestion().isBlank()) {
            blocks.add(ReportBlock.heading("Vraag van de casus"));
            blocks.add(ReportBlock.paragraph(theCase.getQuestion()));
        }
        return blocks;
    }
}
