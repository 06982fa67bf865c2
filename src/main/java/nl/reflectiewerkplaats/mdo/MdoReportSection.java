package nl.reflectiewerkplaats.mdo;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An MDO in the report: that it ran in six steps, and its consent; nothing for another meeting. */
@Component
@Order(150)
record MdoReportSection(MdoService mdo, MdoGuide guide) implements ReportSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        Optional<Consent> consent = mdo.consent(context.actor(), context.caseId(), context.meetingId());
        if (consent.isEmpty() && !mdo.isMdo(context.actor(), context.caseId(), context.meetingId())) {
            return List.of();
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(guide.title()));
        blocks.add(new ReportBlock.Bullets(guide.steps().stream()
                .map(s -> s.number() + ". " + s.title() + ": " + s.question()).toList()));
        blocks.add(ReportBlock.subheading(context.texts().apply("mdo.consent.title")));
        blocks.add(ReportBlock.paragraph(consent.map(c -> MessageFormat.format(
                        context.texts().apply("mdo.consent.given"), c.givenBy(),
                        context.texts().apply("mdo.giver." + c.giver()), DATE.format(c.givenOn()))
                        + " " + context.texts().apply(c.takesPartKey()))
                .orElse(context.texts().apply("mdo.consent.none"))));
        blocks.add(ReportBlock.after(guide.source().publication(), guide.source().section()));
        return blocks;
    }
}
