package nl.reflectiewerkplaats.genogram;

import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The geno-sociogram and the krachtenveld in the report, each as the server draws it (with its legend). */
@Component
@Order(400)
record GenogramReportSection(GenogramService genogram) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.addAll(diagram(context, DiagramKind.GENOGRAM, "Geno-sociogram"));
        blocks.addAll(diagram(context, DiagramKind.FORCE_FIELD, "Krachtenveld"));
        return blocks;
    }

    private List<ReportBlock> diagram(ReportContext context, DiagramKind kind, String title) {
        if (genogram.open(context.actor(), context.caseId(), kind).persons().isEmpty()) {
            return List.of();
        }
        byte[] png = genogram.picture(context.actor(), context.caseId(), kind, context.texts(),
                title + " · " + context.pseudonym());
        // the heading stays with its picture
        return List.of(new ReportBlock.KeepTogether(380), ReportBlock.heading(title),
                new ReportBlock.Picture(png, ReportBlock.Picture.Fit.PAGE));
    }
}
