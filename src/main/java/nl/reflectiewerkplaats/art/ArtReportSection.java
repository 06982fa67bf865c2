package nl.reflectiewerkplaats.art;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Art as a way in, in the report: the text with how many of us sat in each stanza, the picture, what touched us. */
@Component
@Order(800)
record ArtReportSection(ArtService art, NotesReport notes) implements ReportSection {

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        var actor = context.actor();
        String caseId = context.caseId();
        String meetingId = context.meetingId();
        List<ReportBlock> blocks = new ArrayList<>();
        Optional<ArtPiece> piece = art.piece(actor, caseId, meetingId);
        piece.ifPresent(p -> {
            blocks.add(ReportBlock.heading("Kunst: " + p.getTitle()));
            int[] counts = art.counts(actor, caseId, meetingId);
            List<String> stanzas = p.stanzas();
            for (int i = 0; i < stanzas.size(); i++) {
                blocks.add(new ReportBlock.Text(ReportBlock.Text.Style.VERSE, stanzas.get(i)));
                blocks.add(ReportBlock.small("In deze strofe zitten wij: " + (i < counts.length ? counts[i] : 0)));
            }
            blocks.addAll(touched(context));
        });
        art.image(actor, caseId, meetingId).ifPresent(image -> {
            blocks.add(ReportBlock.heading("Kunst: een beeld als ingang"));
            blocks.add(new ReportBlock.Picture(image.getData(), ReportBlock.Picture.Fit.INLINE));
            blocks.add(ReportBlock.small(image.getDescription()));
            if (piece.isEmpty()) {
                blocks.addAll(touched(context));
            }
        });
        return blocks;
    }

    private List<ReportBlock> touched(ReportContext context) {
        return notes.under("Wat raakte ons?", context, "kunst:" + context.meetingId());
    }
}
