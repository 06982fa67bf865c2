package nl.reflectiewerkplaats.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportBlock.Drawing.Label;

/**
 * The timeline as a vector picture for the report: one line with the years, events
 * above and below it by lane, each kind with its own shape (readable in black and
 * white), marked periods as grey bands, open questions as "?". Sizes are in points.
 */
final class TimelineReportPicture {

    static final float WIDTH = 483;
    private static final float LEFT = 8;
    private static final float RIGHT = WIDTH - 8;
    private static final float ROW = 22;
    private static final int ROWS = 4;
    private static final int MAX_LABELS = 14;

    private final List<TimelineEvent> events;
    private final List<TimelinePeriod> periods;
    private final List<TimelineGap> gaps;
    private final LaneMode mode;
    /** the height of the line above the foot of the picture: as tall as the rows in use below it */
    private final float axis;
    private final float height;
    private final LocalDate from;
    private final LocalDate to;

    TimelineReportPicture(List<TimelineEvent> events, List<TimelinePeriod> periods, List<TimelineGap> gaps,
                          LaneMode mode) {
        this.events = events.stream().sorted(Comparator.comparing(e -> e.getDate().date())).toList();
        this.periods = List.copyOf(periods);
        this.gaps = gaps.stream().filter(TimelineGap::isOpen).toList();
        this.mode = mode;
        long up = events.stream().filter(mode::above).count();
        long down = events.size() - up;
        this.axis = 26 + Math.min(down, ROWS) * ROW;
        this.height = axis + 22 + Math.min(up, ROWS) * ROW;
        LocalDate first = events.stream().map(e -> e.getDate().date()).min(Comparator.naturalOrder()).orElse(DutchTime.today());
        LocalDate last = events.stream().map(e -> e.getDate().date()).max(Comparator.naturalOrder()).orElse(DutchTime.today());
        for (TimelinePeriod p : periods) {
            first = p.start().isBefore(first) ? p.start() : first;
            last = p.end().isAfter(last) ? p.end() : last;
        }
        this.from = first.withDayOfYear(1);
        this.to = last.plusYears(1).withDayOfYear(1);
    }

    /** The picture as a report block: the shapes painted here, the labels set by the report. */
    ReportBlock.Drawing drawing() {
        return new ReportBlock.Drawing(WIDTH, height, this::paint, labels());
    }

    private void paint(Graphics2D g) {
        // periods: grey bands across the line
        for (TimelinePeriod p : periods) {
            float a = x(p.start());
            float b = Math.max(a + 2, x(p.end()));
            g.setColor(new Color(0xE4, 0xE8, 0xEC));
            g.fill(new Rectangle2D.Float(a, y(axis + 12), b - a, 24));
        }
        // the line and a tick per year (or per 2 or 5 years on a long line)
        g.setColor(Color.BLACK);
        g.setStroke(stroke(1.2f));
        g.draw(new Line2D.Float(LEFT, y(axis), RIGHT, y(axis)));
        g.setStroke(stroke(0.6f));
        for (LocalDate year : years()) {
            float px = x(year);
            g.draw(new Line2D.Float(px, y(axis - 3), px, y(axis + 3)));
        }
        // events: a stem to a mark
        for (Placed e : placed()) {
            g.setColor(Color.GRAY);
            g.setStroke(stroke(0.4f));
            g.draw(new Line2D.Float(e.x(), y(axis), e.x(), y(e.up())));
            mark(g, e.event().getKind(), e.x(), e.up());
        }
    }

    /** Period names, years, the first labels of each side (they alternate in height so they do not collide), "?" for open questions. */
    private List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        for (TimelinePeriod p : periods) {
            labels.add(new Label(p.name(), x(p.start()) + 2, y(axis - 20), 6.5f, new Color(0x44, 0x4c, 0x56), false));
        }
        for (LocalDate year : years()) {
            float px = x(year);
            if (px < RIGHT - 16) {
                labels.add(new Label(String.valueOf(year.getYear()), px + 1.5f, y(axis + 4), 6, Color.DARK_GRAY, false));
            }
        }
        for (Placed e : placed()) {
            if (e.row() < MAX_LABELS) {
                String title = e.event().getTitle();
                String label = title.length() > 28 ? title.substring(0, 27) + "…" : title;
                labels.add(new Label(label, e.x() + 5, y(e.up() - 2), 6, Color.BLACK, false));
            }
        }
        for (TimelineGap gap : gaps) {
            labels.add(new Label("?", x(gap.getAt()), y(axis - 14), 10, Color.BLACK, true));
        }
        return labels;
    }

    private List<LocalDate> years() {
        int years = to.getYear() - from.getYear();
        int step = years > 24 ? 5 : years > 12 ? 2 : 1;
        List<LocalDate> ticks = new ArrayList<>();
        for (LocalDate year = from; !year.isAfter(to); year = year.plusYears(step)) {
            ticks.add(year);
        }
        return ticks;
    }

    /** An event with its place: above or below the line by lane, in one of four rows per side. */
    private record Placed(TimelineEvent event, float x, float up, int row) {
    }

    private List<Placed> placed() {
        List<Placed> placed = new ArrayList<>();
        int upper = 0;
        int lower = 0;
        for (TimelineEvent e : events) {
            boolean above = mode.above(e);
            int row = above ? upper++ : lower++;
            float level = 18 + (row % ROWS) * ROW;
            placed.add(new Placed(e, x(e.getDate().date()), above ? axis + level : axis - level, row));
        }
        return placed;
    }

    /** A shape per kind, outlined, so the picture reads in black and white. */
    private void mark(Graphics2D g, EventKind kind, float x, float up) {
        float r = 3.4f;
        float cy = y(up);
        Shape shape = switch (kind) {
            case DECISION -> new Rectangle2D.Float(x - r, cy - r, 2 * r, 2 * r);
            case CONTACT, EXPERIENCE -> new Ellipse2D.Float(x - r, cy - r, 2 * r, 2 * r);
            case FAMILY_FACT -> polygon(x, cy - r - 0.6f, x + r + 0.6f, cy + r, x - r - 0.6f, cy + r);
            case NEED_STATEMENT -> polygon(x, cy - r - 1, x + r + 1, cy, x, cy + r + 1, x - r - 1, cy);
        };
        g.setColor(kind == EventKind.EXPERIENCE ? Color.BLACK : Color.WHITE);
        g.fill(shape);
        g.setColor(Color.BLACK);
        g.setStroke(stroke(0.8f));
        g.draw(shape);
    }

    private static Shape polygon(float... xy) {
        Path2D.Float path = new Path2D.Float();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    private float x(LocalDate d) {
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return (float) (LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, d) / span);
    }

    /** From "points above the foot" to the drawing's y, which runs downwards. */
    private float y(float up) {
        return height - up;
    }

    /** The legend under the picture, in words. */
    static String legend() {
        return "Vierkant: beslismoment · cirkel: cruciaal contact · driehoek: gebeurtenis in het gezin · "
                + "ruit: uitspraak over wat nodig is · dichte cirkel: uitspraak over de beleving · "
                + "grijze band: gemarkeerde periode · ?: ontbreekt er iets?";
    }
}
