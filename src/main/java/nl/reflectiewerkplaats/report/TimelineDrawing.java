package nl.reflectiewerkplaats.report;

import java.awt.Color;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.LaneMode;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineGap;
import nl.reflectiewerkplaats.timeline.TimelinePeriod;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import nl.reflectiewerkplaats.base.DutchTime;
import java.util.function.Function;

/**
 * The timeline as a vector picture for the report: one line with the years, events
 * above and below it by lane, each kind with its own shape (readable in black and
 * white), marked periods as grey bands, open questions as "?".
 */
final class TimelineDrawing {

    static final float WIDTH = 483;
    private static final float LEFT = 8;
    private static final float RIGHT = WIDTH - 8;
    private static final float ROW = 22;
    private static final int ROWS = 4;
    private static final int MAX_LABELS = 14;

    private TimelineDrawing() {
    }

    static Image draw(PdfContentByte canvas, List<TimelineEvent> events, List<TimelinePeriod> periods,
                      List<TimelineGap> gaps, LaneMode mode) throws Exception {
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        // as tall as the rows in use on either side of the line, no more
        long up = events.stream().filter(mode::above).count();
        long down = events.size() - up;
        float below = 26 + Math.min(down, ROWS) * ROW;
        float aboveSpace = 22 + Math.min(up, ROWS) * ROW;
        final float axis = below;
        PdfTemplate t = canvas.createTemplate(WIDTH, below + aboveSpace);
        LocalDate from = events.stream().map(e -> e.getDate().date()).min(Comparator.naturalOrder()).orElse(DutchTime.today());
        LocalDate to = events.stream().map(e -> e.getDate().date()).max(Comparator.naturalOrder()).orElse(DutchTime.today());
        for (TimelinePeriod p : periods) {
            from = p.getStart().isBefore(from) ? p.getStart() : from;
            to = p.getEnd().isAfter(to) ? p.getEnd() : to;
        }
        from = from.withDayOfYear(1);
        to = to.plusYears(1).withDayOfYear(1);
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        LocalDate start = from;
        Function<LocalDate, Float> x = d ->
                (float) (LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, d) / span);

        // periods: grey bands across the line, named
        for (TimelinePeriod p : periods) {
            float a = x.apply(p.getStart());
            float b = Math.max(a + 2, x.apply(p.getEnd()));
            t.setColorFill(new Color(0xE4, 0xE8, 0xEC));
            t.rectangle(a, axis - 12, b - a, 24);
            t.fill();
            text(t, font, 6.5f, new Color(0x44, 0x4c, 0x56), p.getName(), a + 2, axis - 20, PdfContentByte.ALIGN_LEFT);
        }
        // the line and the years
        t.setColorStroke(Color.BLACK);
        t.setLineWidth(1.2f);
        t.moveTo(LEFT, axis);
        t.lineTo(RIGHT, axis);
        t.stroke();
        int years = to.getYear() - from.getYear();
        int step = years > 24 ? 5 : years > 12 ? 2 : 1;
        t.setLineWidth(0.6f);
        for (LocalDate y = from; !y.isAfter(to); y = y.plusYears(step)) {
            float px = x.apply(y);
            t.moveTo(px, axis - 3);
            t.lineTo(px, axis + 3);
            t.stroke();
            if (px < RIGHT - 16) {
                text(t, font, 6, Color.DARK_GRAY, String.valueOf(y.getYear()), px + 1.5f, axis + 4, PdfContentByte.ALIGN_LEFT);
            }
        }
        // events: a stem to a mark; the first labels alternate in height so they do not collide
        List<TimelineEvent> sorted = events.stream().sorted(Comparator.comparing(e -> e.getDate().date())).toList();
        int upper = 0;
        int lower = 0;
        for (TimelineEvent e : sorted) {
            boolean above = mode.above(e);
            int row = above ? upper++ : lower++;
            float px = x.apply(e.getDate().date());
            float level = 18 + (row % ROWS) * ROW;
            float py = above ? axis + level : axis - level;
            t.setColorStroke(Color.GRAY);
            t.setLineWidth(0.4f);
            t.moveTo(px, axis);
            t.lineTo(px, py);
            t.stroke();
            mark(t, e.getKind(), px, py);
            if (row < MAX_LABELS) {
                String label = e.getTitle().length() > 28 ? e.getTitle().substring(0, 27) + "…" : e.getTitle();
                text(t, font, 6, Color.BLACK, label, px + 5, py - 2, PdfContentByte.ALIGN_LEFT);
            }
        }
        // open questions: "?" on the line
        for (TimelineGap g : gaps) {
            if (g.isOpen()) {
                text(t, font, 10, Color.BLACK, "?", x.apply(g.getAt()), axis - 14, PdfContentByte.ALIGN_CENTER);
            }
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    /** A shape per kind, outlined, so the picture reads in black and white. */
    private static void mark(PdfTemplate t, EventKind kind, float x, float y) {
        float r = 3.4f;
        t.setColorStroke(Color.BLACK);
        t.setLineWidth(0.8f);
        t.setColorFill(Color.WHITE);
        switch (kind) {
            case DECISION -> t.rectangle(x - r, y - r, 2 * r, 2 * r);
            case CONTACT -> t.circle(x, y, r);
            case FAMILY_FACT -> {
                t.moveTo(x, y + r + 0.6f);
                t.lineTo(x + r + 0.6f, y - r);
                t.lineTo(x - r - 0.6f, y - r);
                t.closePath();
            }
            case NEED_STATEMENT -> {
                t.moveTo(x, y + r + 1);
                t.lineTo(x + r + 1, y);
                t.lineTo(x, y - r - 1);
                t.lineTo(x - r - 1, y);
                t.closePath();
            }
            case EXPERIENCE -> {
                t.setColorFill(Color.BLACK);
                t.circle(x, y, r);
            }
        }
        t.fillStroke();
    }

    private static void text(PdfTemplate t, BaseFont font, float size, Color color, String s, float x, float y,
                             int align) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(color);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    /** The legend under the picture, in words. */
    static String legend() {
        return "Vierkant: beslismoment · cirkel: cruciaal contact · driehoek: gebeurtenis in het gezin · "
                + "ruit: uitspraak over wat nodig is · dichte cirkel: uitspraak over de beleving · "
                + "grijze band: gemarkeerde periode · ?: ontbreekt er iets?";
    }
}
