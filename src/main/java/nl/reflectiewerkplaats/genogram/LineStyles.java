package nl.reflectiewerkplaats.genogram;

import static nl.reflectiewerkplaats.genogram.GenogramPicture.ACCENT;
import static nl.reflectiewerkplaats.genogram.GenogramPicture.INK;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import nl.reflectiewerkplaats.genogram.RelationType.Category;

/**
 * How the straight lines of the server's picture look (emotional, professional and
 * force lines), the same conventions as the {@code <rw-genogram>} element; shared by the
 * drawing and its legend.
 */
final class LineStyles {

    private LineStyles() {
    }

    /** One line of an emotional, professional or force kind, from (x1, y1) to (x2, y2). */
    static void styled(Graphics2D g, double x1, double y1, double x2, double y2, RelationType type, int strength) {
        Stretch s = Stretch.of(g, x1, y1, x2, y2);
        float w = (float) (1.2 + Math.max(1, strength) * 1.3);
        g.setColor(type.category() == Category.PROFESSIONAL ? ACCENT : INK);
        g.setStroke(new BasicStroke(1.8f));
        switch (type) {
            case CLOSE -> {
                s.offset(-3);
                s.offset(3);
            }
            case FUSED -> {
                s.offset(-5);
                s.offset(0);
                s.offset(5);
            }
            case DISTANT -> {
                g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {1, 6}, 0));
                s.offset(0);
            }
            case CONFLICT, HOSTILE -> zigzag(s, type == RelationType.HOSTILE);
            case CUT_OFF -> cutOff(s);
            case CARE -> {
                g.setStroke(dashed(1.8f, 10, 3, 2, 3));
                s.offset(0);
                arrow(g, x2, y2, s.ux(), s.uy());
            }
            case SUPPORTIVE -> {
                g.setStroke(new BasicStroke(3.6f));
                s.offset(0);
            }
            case STRAINED -> strained(s);
            case STOPPED -> stopped(s);
            case SUPPORTING, OPPOSING, STUCK -> force(s, type, w);
            default -> s.offset(0);
        }
    }

    private static void zigzag(Stretch s, boolean hostile) {
        int steps = Math.max(2, (int) Math.round(s.len() / 12));
        Path2D zig = new Path2D.Double();
        zig.moveTo(s.x1(), s.y1());
        for (int i = 1; i < steps; i++) {
            double at = i / (double) steps * s.len();
            double o = i % 2 == 1 ? 6 : -6;
            zig.lineTo(s.x1() + s.ux() * at + s.nx() * o, s.y1() + s.uy() * at + s.ny() * o);
        }
        zig.lineTo(s.x2(), s.y2());
        s.g().setStroke(new BasicStroke(hostile ? 2.2f : 1.8f));
        s.g().draw(zig);
        if (hostile) {
            s.g().setStroke(new BasicStroke(1.3f));
            s.offset(-9);
            s.offset(9);
        }
    }

    private static void cutOff(Stretch s) {
        double mid = s.len() / 2;
        line(s.g(), s.x1(), s.y1(), s.x1() + s.ux() * (mid - 8), s.y1() + s.uy() * (mid - 8));
        line(s.g(), s.x1() + s.ux() * (mid + 8), s.y1() + s.uy() * (mid + 8), s.x2(), s.y2());
        s.g().setStroke(new BasicStroke(2));
        s.bar(mid - 8, 9.0);
        s.bar(mid + 8, 9.0);
    }

    private static void strained(Stretch s) {
        s.offset(0);
        s.g().setStroke(new BasicStroke(1.6f));
        for (double at = 10; at < s.len() - 6; at += 11) {
            s.slant(at, 3, 6);
        }
    }

    private static void stopped(Stretch s) {
        s.g().setStroke(dashed(1.8f, 8, 5));
        s.offset(0);
        s.g().setStroke(new BasicStroke(2.2f));
        double m = s.len() / 2;
        s.slant(m, 6, 6);
        s.slant(m, 6, -6);
    }

    private static void force(Stretch s, RelationType type, float w) {
        Graphics2D g = s.g();
        switch (type) {
            case SUPPORTING -> {
                g.setStroke(new BasicStroke(w));
                s.offset(0);
                arrow(g, s.x2(), s.y2(), s.ux(), s.uy());
            }
            case OPPOSING -> {
                g.setStroke(dashed(w, 12, 5));
                s.offset(0);
                g.setStroke(new BasicStroke(w + 1));
                s.bar(s.len() - 2, 10.0);
            }
            default -> {
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {2, 5}, 0));
                s.offset(0);
                g.setStroke(new BasicStroke(2.4f));
                s.bar(s.len() / 2 - 4, 9.0);
                s.bar(s.len() / 2 + 4, 9.0);
            }
        }
    }

    static void arrow(Graphics2D g, double x, double y, double ux, double uy) {
        Path2D head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x - ux * 9 - uy * 4.5, y - uy * 9 + ux * 4.5);
        head.lineTo(x - ux * 9 + uy * 4.5, y - uy * 9 - ux * 4.5);
        head.closePath();
        g.fill(head);
    }

    static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    static Stroke dashed(float width, float... pattern) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0);
    }

    /** A straight line with its length, its unit direction (ux, uy) and its normal (nx, ny). */
    private record Stretch(Graphics2D g, double x1, double y1, double x2, double y2, double len, double ux, double uy,
                           double nx, double ny) {

        static Stretch of(Graphics2D g, double x1, double y1, double x2, double y2) {
            double len = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
            double ux = (x2 - x1) / len;
            double uy = (y2 - y1) / len;
            return new Stretch(g, x1, y1, x2, y2, len, ux, uy, -uy, ux);
        }

        /** The whole line, moved {@code o} along the normal. */
        void offset(double o) {
            line(g, x1 + nx * o, y1 + ny * o, x2 + nx * o, y2 + ny * o);
        }

        /** A cross bar {@code s} along the line, {@code half} to each side. */
        void bar(double s, double half) {
            line(g, x1 + ux * s - nx * half, y1 + uy * s - ny * half, x1 + ux * s + nx * half, y1 + uy * s + ny * half);
        }

        /** A slanted stroke around {@code s} along the line: {@code d} along it, {@code side} across. */
        void slant(double s, double d, double side) {
            line(g, x1 + ux * (s - d) - nx * side, y1 + uy * (s - d) - ny * side, x1 + ux * (s + d) + nx * side,
                    y1 + uy * (s + d) + ny * side);
        }
    }
}
