package nl.reflectiewerkplaats.report;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportBlock.Scale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * How the report looks: turns the sections' blocks into an A4 PDF, black and white,
 * Helvetica, with the subject and the page number at the foot of every page.
 */
@Component
class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font H3 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font ITALIC = new Font(Font.HELVETICA, 9, Font.ITALIC);
    private static final BaseFont LABELS = labelFont();
    private static final float MARGIN = 56;
    /** the room between the margins */
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;

    /**
     * @param title   the document's title (its metadata)
     * @param subject what the foot of every page says beside the page number
     */
    byte[] render(String title, String subject, List<ReportBlock> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // pictures stay where they belong in the text, also when they start a new page
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new Footer(subject));
        doc.addTitle(title);
        doc.open();
        for (ReportBlock block : blocks) {
            add(doc, writer, block);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void add(Document doc, PdfWriter writer, ReportBlock block) {
        switch (block) {
            case ReportBlock.Text t -> doc.add(text(t));
            case ReportBlock.Bullets b -> b.items().forEach(item -> doc.add(bullet(item)));
            case ReportBlock.Table t -> doc.add(table(t));
            case ReportBlock.Picture p -> picture(doc, p);
            case ReportBlock.Drawing d -> doc.add(drawing(writer, d));
            case ReportBlock.Scale s -> scale(doc, writer, s);
            case ReportBlock.KeepTogether k -> {
                if (writer.getVerticalPosition(true) < k.height()) {
                    doc.newPage();
                }
            }
        }
    }

    private static Paragraph text(ReportBlock.Text t) {
        return switch (t.style()) {
            case TITLE -> new Paragraph(t.text(), TITLE);
            case HEADING -> heading(t.text());
            case SUBHEADING -> new Paragraph(t.text(), H3);
            case PARAGRAPH -> new Paragraph(t.text(), BODY);
            case SMALL -> new Paragraph(t.text(), SMALL);
            case VERSE -> spaced(t.text(), 0, 2);
            case CREDIT -> spaced(t.text(), 16, 0);
        };
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, H2);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph spaced(String text, float before, float after) {
        Paragraph p = new Paragraph(text, ITALIC);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph bullet(String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk("• ", BODY));
        p.add(new Chunk(text, BODY));
        p.setIndentationLeft(12);
        p.setFirstLineIndent(-8);
        return p;
    }

    private static PdfPTable table(ReportBlock.Table t) {
        float[] widths = new float[t.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        t.header().forEach(h -> table.addCell(cell(h, H3)));
        t.rows().forEach(row -> row.forEach(text -> table.addCell(cell(text, BODY))));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        return cell;
    }

    private static void picture(Document doc, ReportBlock.Picture p) {
        Image picture;
        try {
            picture = Image.getInstance(p.image());
        } catch (IOException | RuntimeException unreadable) {
            // WebP and damaged files cannot be placed in a PDF: the text beside it says what it showed
            doc.add(new Paragraph("(Het beeld kan niet in dit verslag worden opgenomen.)", SMALL));
            return;
        }
        if (p.fit() == ReportBlock.Picture.Fit.PAGE) {
            picture.scaleToFit(WIDTH, PageSize.A4.getHeight() - 200);
            picture.setAlignment(Image.MIDDLE);
        } else if (picture.getWidth() > WIDTH || picture.getHeight() > 320) {
            picture.scaleToFit(WIDTH, 320);
        }
        doc.add(picture);
    }

    /** The instrument's shapes, then its labels in the report's font. */
    private static Image drawing(PdfWriter writer, ReportBlock.Drawing d) {
        PdfTemplate template = writer.getDirectContent().createTemplate(d.width(), d.height());
        Graphics2D g = template.createGraphics(d.width(), d.height());
        try {
            d.shapes().accept(g);
        } finally {
            g.dispose();
        }
        for (ReportBlock.Drawing.Label label : d.labels()) {
            template.beginText();
            template.setFontAndSize(LABELS, label.size());
            template.setColorFill(label.color());
            template.showTextAligned(label.centred() ? PdfContentByte.ALIGN_CENTER : PdfContentByte.ALIGN_LEFT,
                    label.text(), label.x(), d.height() - label.y(), 0);
            template.endText();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    /** The line between the poles with every mark; a moved mark shows its first place as an open circle. */
    private static void scale(Document doc, PdfWriter writer, Scale scale) {
        float y = writer.getVerticalPosition(true) - 40;
        float x1 = 160;
        float x2 = 435;
        PdfContentByte cb = writer.getDirectContent();
        cb.setLineWidth(1.5f);
        cb.moveTo(x1, y);
        cb.lineTo(x2, y);
        cb.stroke();
        pole(cb, scale.left(), MARGIN, x1 - 8, y, Element.ALIGN_RIGHT);
        pole(cb, scale.right(), x2 + 8, PageSize.A4.getWidth() - MARGIN, y, Element.ALIGN_LEFT);
        int row = 0;
        for (Scale.Mark m : scale.marks()) {
            float x = x1 + (float) m.at() * (x2 - x1);
            if (m.from() != null) {
                float from = x1 + m.from().floatValue() * (x2 - x1);
                cb.setLineWidth(0.8f);
                cb.circle(from, y, 3.5f);
                cb.stroke();
                cb.moveTo(from, y + 7);
                cb.lineTo(x, y + 7);
                cb.stroke();
            }
            cb.circle(x, y, 4.5f);
            cb.fill();
            if (!m.label().isEmpty()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(m.label(), SMALL), x,
                        y - 14 - 9 * (row % 2), 0);
                row++;
            }
        }
        Paragraph space = new Paragraph(" ", BODY);
        space.setSpacingAfter(52);
        doc.add(space);
    }

    /** A pole's name, wrapped within its margin, centred on the line. */
    private static void pole(PdfContentByte cb, String text, float left, float right, float y, int alignment) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(new Phrase(text, SMALL), left, y - 20, right, y + 14, 9, alignment);
        column.go();
    }

    private static BaseFont labelFont() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Pagina n" and the report's subject at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String subject;

        Footer(String subject) {
            this.subject = subject;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(subject, SMALL), document.left(), 36, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + writer.getPageNumber(), SMALL),
                    document.right(), 36, 0);
        }
    }
}
