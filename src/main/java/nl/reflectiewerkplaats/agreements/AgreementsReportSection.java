package nl.reflectiewerkplaats.agreements;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The afspraken in the report: what came of those of earlier meetings, and the ones made
 * in this meeting, each with who, why, how, when and status (as they stand now).
 */
@Component
@Order(850)
record AgreementsReportSection(AgreementService agreements) implements ReportSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<AgreementItem> all = agreements.list(context.actor(), context.caseId());
        if (all.isEmpty()) {
            return List.of();
        }
        Function<String, String> t = context.texts();
        // made in another meeting, before this meeting's day ended: what this meeting looked back on
        Instant dayEnd = context.meetingDate().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        List<AgreementItem> earlier = all.stream()
                .filter(a -> !a.meetingId().equals(context.meetingId()) && a.createdAt().isBefore(dayEnd)).toList();
        List<AgreementItem> made = all.stream().filter(a -> a.meetingId().equals(context.meetingId())).toList();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(t.apply("agreements.title")));
        if (!earlier.isEmpty()) {
            blocks.add(ReportBlock.subheading(t.apply("agreements.earlier")));
            blocks.add(table(earlier, t));
        }
        blocks.add(ReportBlock.subheading(t.apply("agreements.current")));
        blocks.add(made.isEmpty() ? ReportBlock.paragraph(t.apply("agreements.noCurrent")) : table(made, t));
        blocks.add(ReportBlock.credit(t.apply("agreements.source")));
        return blocks;
    }

    private static ReportBlock table(List<AgreementItem> items, Function<String, String> t) {
        return new ReportBlock.Table(
                List.of(t.apply("field.agreements.what"), t.apply("field.agreements.who"),
                        t.apply("field.agreements.why"), t.apply("field.agreements.how"),
                        t.apply("field.agreements.due"), t.apply("field.agreements.status")),
                List.of(3f, 1.5f, 2f, 2f, 1.5f, 1.3f),
                items.stream().map(a -> List.of(a.what(), a.who(), a.why(), a.how(),
                        a.due() == null ? "" : DATE.format(a.due()),
                        t.apply("agreements.status." + a.status()))).toList());
    }
}
