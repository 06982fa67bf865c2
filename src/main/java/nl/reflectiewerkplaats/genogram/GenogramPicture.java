package nl.reflectiewerkplaats.genogram;

import static nl.reflectiewerkplaats.genogram.LineStyles.dashed;
import static nl.reflectiewerkplaats.genogram.LineStyles.line;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * The diagram as a PNG picture with its title and legend, drawn on the server with
 * the same conventions as the {@code <rw-genogram>} element (for the session report,
 * which cannot run the browser's drawing). The professionals layer is always shown.
 */
public final class GenogramPicture {

    static final Color INK = new Color(0x1f2a37);
    private static final Color MUTED = new Color(0x5b6675);
    static final Color ACCENT = new Color(0x2f6f73);
    static final double HALF = 22;
    private static final double PRO_W = 70;
    private static final double PRO_H = 19;
    private static final double SCALE = 1.5;
    /**
     * The largest side of the picture in pixels, whatever the data: a wider diagram is
     * drawn smaller, so no stored place can make the report or the export run out of memory.
     */
    public static final int MAX_PIXELS = 3000;

    private GenogramPicture() {
    }

    /**
     * @param translate a translation lookup (key → Dutch text) for the legend
     * @param title     the heading above the drawing
     */
    public static byte[] png(Diagram diagram, Function<String, String> translate, String title) {
        Map<String, Person> byId = new LinkedHashMap<>();
        diagram.persons().forEach(p -> byId.put(p.getId(), p));
        double minX = 0;
        double minY = 0;
        double maxX = 300;
        double maxY = 120;
        if (!byId.isEmpty()) {
            minX = byId.values().stream().mapToDouble(p -> finite(p.getX()) - 80).min().orElse(0);
            maxX = byId.values().stream().mapToDouble(p -> finite(p.getX()) + 80).max().orElse(0);
            minY = byId.values().stream().mapToDouble(p -> finite(p.getY()) - 48).min().orElse(0);
            maxY = byId.values().stream().mapToDouble(p -> finite(p.getY()) + 72).max().orElse(0);
        }
        List<String[]> legend = GenogramLegend.items(diagram, byId, translate);
        double width = Math.max(maxX - minX + 48, 640);
        int columns = Math.max(1, (int) ((width - 32) / GenogramLegend.COLUMN));
        double legendHeight = 30 + Math.ceil(legend.size() / (double) columns) * GenogramLegend.ROW;
        double height = 52 + (maxY - minY) + 16 + legendHeight + 16;
        double scale = Math.min(SCALE, Math.min(MAX_PIXELS / width, MAX_PIXELS / height));
        BufferedImage image = new BufferedImage(Math.max(1, Math.min(MAX_PIXELS, (int) Math.ceil(width * scale))),
                Math.max(1, Math.min(MAX_PIXELS, (int) Math.ceil(height * scale))), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(title, 24, 32);
            Graphics2D d = (Graphics2D) g.create();
            d.translate(24 + (width - 48 - (maxX - minX)) / 2 - minX, 52 - minY);
            drawHouseholds(d, byId);
            drawLines(d, diagram, byId);
            byId.values().forEach(p -> drawPerson(d, p));
            d.dispose();
            GenogramLegend.draw(g, legend, 16, 52 + (maxY - minY) + 16, columns, translate);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawHouseholds(Graphics2D g, Map<String, Person> byId) {
        Map<String, List<Person>> households = new LinkedHashMap<>();
        byId.values().stream().filter(p -> !p.getHousehold().isEmpty())
                .forEach(p -> households.computeIfAbsent(p.getHousehold(), k -> new ArrayList<>()).add(p));
        households.forEach((name, members) -> {
            double x1 = members.stream().mapToDouble(Person::getX).min().orElse(0) - 58;
            double x2 = members.stream().mapToDouble(Person::getX).max().orElse(0) + 58;
            double y1 = members.stream().mapToDouble(Person::getY).min().orElse(0) - 36;
            double y2 = members.stream().mapToDouble(Person::getY).max().orElse(0) + 62;
            g.setColor(MUTED);
            g.setStroke(dashed(1.3f, 10, 6));
            g.draw(new RoundRectangle2D.Double(x1, y1, x2 - x1, y2 - y1, 36, 36));
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
            g.drawString(name, (float) x1 + 10, (float) y1 + 14);
        });
    }

    private static void drawLines(Graphics2D g, Diagram diagram, Map<String, Person> byId) {
        Map<String, List<Relation>> parentsOf = new LinkedHashMap<>();
        // several straight lines between the same two persons are drawn side by side
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        for (Relation r : diagram.relations()) {
            if (!r.getType().category().family()) {
                pairs.computeIfAbsent(pairKey(r), k -> new ArrayList<>()).add(r.getId());
            }
        }
        for (Relation r : diagram.relations()) {
            Person a = byId.get(r.getFromId());
            Person b = byId.get(r.getToId());
            if (a == null || b == null) {
                continue;
            }
            switch (r.getType().category()) {
                case PARENT -> parentsOf.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r);
                case PARTNER -> drawPartners(g, r.getType(), a, b);
                case SIBLING -> drawSiblings(g, r.getType(), a, b);
                default -> drawStraight(g, r, a, b, pairs.get(pairKey(r)));
            }
        }
        drawChildren(g, parentsOf, byId);
    }

    /** Partners: a bar under both, with one slash for separated and two for divorced. */
    private static void drawPartners(Graphics2D g, RelationType type, Person a, Person b) {
        Person l = a.getX() <= b.getX() ? a : b;
        Person rt = l == a ? b : a;
        double bar = Math.max(l.getY(), rt.getY()) + HALF + 20;
        Path2D path = new Path2D.Double();
        path.moveTo(l.getX(), l.getY() + HALF);
        path.lineTo(l.getX(), bar);
        path.lineTo(rt.getX(), bar);
        path.lineTo(rt.getX(), rt.getY() + HALF);
        g.setColor(INK);
        g.setStroke(partnerStroke(type));
        g.draw(path);
        double mx = (l.getX() + rt.getX()) / 2;
        int slashes = type == RelationType.PARTNER_SEPARATED ? 1 : type == RelationType.PARTNER_DIVORCED ? 2 : 0;
        g.setStroke(new BasicStroke(2));
        for (int i = 0; i < slashes; i++) {
            double o = slashes == 1 ? 0 : (i == 0 ? -5 : 5);
            line(g, mx + o - 6, bar + 9, mx + o + 6, bar - 9);
        }
    }

    /** Siblings: a dotted bracket above both; twins: two lines from one point. */
    private static void drawSiblings(Graphics2D g, RelationType type, Person a, Person b) {
        double top = Math.min(a.getY(), b.getY()) - HALF - 22;
        g.setColor(INK);
        Path2D path = new Path2D.Double();
        path.moveTo(a.getX(), a.getY() - HALF);
        if (type == RelationType.TWIN) {
            path.lineTo((a.getX() + b.getX()) / 2, top);
            g.setStroke(new BasicStroke(1.8f));
        } else {
            path.lineTo(a.getX(), top);
            path.lineTo(b.getX(), top);
            g.setStroke(dashed(1.5f, 2, 3));
        }
        path.lineTo(b.getX(), b.getY() - HALF);
        g.draw(path);
    }

    /** An emotional, professional or force line from edge to edge, beside the others of the same pair. */
    private static void drawStraight(Graphics2D g, Relation r, Person a, Person b, List<String> same) {
        double[] p1 = edge(a, b);
        double[] p2 = edge(b, a);
        if (same.size() > 1) {
            double o = (same.indexOf(r.getId()) - (same.size() - 1) / 2.0) * 18;
            double len = Math.max(1, Math.hypot(p2[0] - p1[0], p2[1] - p1[1]));
            double sign = r.getFromId().compareTo(r.getToId()) < 0 ? 1 : -1;
            double nx = -(p2[1] - p1[1]) / len * sign * o;
            double ny = (p2[0] - p1[0]) / len * sign * o;
            p1 = new double[] {p1[0] + nx, p1[1] + ny};
            p2 = new double[] {p2[0] + nx, p2[1] + ny};
        }
        LineStyles.styled(g, p1[0], p1[1], p2[0], p2[1], r.getType(), r.getStrength());
    }

    /** Children hang from a bar under their parents; bars of different families at different heights. */
    private static void drawChildren(Graphics2D g, Map<String, List<Relation>> parentsOf, Map<String, Person> byId) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        parentsOf.forEach((child, rels) -> groups.computeIfAbsent(rels.stream().map(Relation::getFromId).sorted()
                .reduce("", (x, y) -> x + "|" + y), k -> new ArrayList<>()).add(child));
        List<List<String>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingDouble(children -> byId.get(children.get(0)).getX()));
        for (int gi = 0; gi < ordered.size(); gi++) {
            List<String> children = ordered.get(gi);
            List<Person> parents = parentsOf.get(children.get(0)).stream().map(r -> byId.get(r.getFromId())).toList();
            double ox = parents.stream().mapToDouble(Person::getX).average().orElse(0);
            double oy = parents.size() > 1 ? parents.stream().mapToDouble(Person::getY).max().orElse(0) + HALF + 20
                    : parents.get(0).getY() + HALF;
            double childTop = children.stream().mapToDouble(id -> byId.get(id).getY()).min().orElse(0) - HALF - 8;
            double bar = oy < childTop ? Math.max(oy + 14, childTop - 16 - (gi % 3) * 12) : oy + 14;
            double left = Math.min(ox, children.stream().mapToDouble(id -> byId.get(id).getX()).min().orElse(ox));
            double right = Math.max(ox, children.stream().mapToDouble(id -> byId.get(id).getX()).max().orElse(ox));
            g.setColor(INK);
            g.setStroke(new BasicStroke(2));
            line(g, ox, oy, ox, bar);
            line(g, left, bar, right, bar);
            for (String id : children) {
                Person child = byId.get(id);
                Set<RelationType> types = new LinkedHashSet<>();
                parentsOf.get(id).forEach(r -> types.add(r.getType()));
                g.setStroke(parentStroke(types.contains(RelationType.PARENT_FOSTER),
                        types.contains(RelationType.PARENT_ADOPTIVE)));
                line(g, child.getX(), bar, child.getX(), child.getY() - HALF - (child.isIndexPerson() ? 5 : 0));
            }
        }
    }

    /** Living together: dashed; otherwise a full line. */
    static Stroke partnerStroke(RelationType type) {
        return type == RelationType.PARTNER_COHABITING ? dashed(2, 7, 5) : new BasicStroke(2);
    }

    /** Foster: dotted; adopted: dashed; otherwise a full line. */
    static Stroke parentStroke(boolean foster, boolean adoptive) {
        return foster ? dashed(2, 2, 4) : adoptive ? dashed(2, 7, 5) : new BasicStroke(2);
    }

    private static String pairKey(Relation r) {
        return r.getFromId().compareTo(r.getToId()) < 0 ? r.getFromId() + "|" + r.getToId()
                : r.getToId() + "|" + r.getFromId();
    }

    private static double[] edge(Person p, Person q) {
        double dx = q.getX() - p.getX();
        double dy = q.getY() - p.getY();
        double len = Math.max(1, Math.hypot(dx, dy));
        double t;
        if (p.professionalLayer()) {
            t = Math.min(Math.min((PRO_W + 4) / Math.max(Math.abs(dx), 1e-9), (PRO_H + 4) / Math.max(Math.abs(dy), 1e-9)), 1)
                    * len;
        } else {
            t = HALF + 6;
        }
        return new double[] {p.getX() + dx / len * t, p.getY() + dy / len * t};
    }

    private static void drawPerson(Graphics2D g, Person p) {
        Graphics2D s = (Graphics2D) g.create();
        s.translate(p.getX(), p.getY());
        shape(s, p.getShape(), p.isDeceased(), 0, true);
        if (p.isIndexPerson()) {
            shape(s, p.getShape(), false, 5, false);
        }
        boolean pro = p.professionalLayer();
        if (p.isDeceased()) {
            double w = pro ? PRO_W : HALF;
            double h = pro ? PRO_H : HALF;
            s.setColor(INK);
            s.setStroke(new BasicStroke(1.6f));
            line(s, -w, -h, w, h);
            line(s, w, -h, -w, h);
        }
        if (pro) {
            s.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            centred(s, shorten(p.getName(), 17), 0, 4, INK);
        } else {
            String inner = p.getAge() != null ? String.valueOf(p.getAge())
                    : p.getBirthYear() != null ? String.valueOf(p.getBirthYear()) : "";
            s.setFont(new Font(Font.SANS_SERIF, Font.BOLD, inner.length() > 3 ? 11 : 13));
            centred(s, inner, 0, 4.5, MUTED);
            s.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            centred(s, shorten(p.getName(), 19), 0, HALF + 17, INK);
        }
        s.dispose();
    }

    static void shape(Graphics2D g, Shape shape, boolean deceased, double grow, boolean filled) {
        java.awt.Shape outline;
        double s = HALF + grow;
        switch (shape) {
            case FEMALE -> outline = new Ellipse2D.Double(-s, -s, 2 * s, 2 * s);
            case OTHER -> {
                Path2D d = new Path2D.Double();
                double r = s + 3;
                d.moveTo(0, -r);
                d.lineTo(r, 0);
                d.lineTo(0, r);
                d.lineTo(-r, 0);
                d.closePath();
                outline = d;
            }
            case PROFESSIONAL -> outline = new RoundRectangle2D.Double(-PRO_W - grow, -PRO_H - grow,
                    2 * (PRO_W + grow), 2 * (PRO_H + grow), 2 * (PRO_H + grow), 2 * (PRO_H + grow));
            case ORGANISATION -> {
                double w = PRO_W + grow;
                double h = PRO_H + grow;
                Path2D hex = new Path2D.Double();
                hex.moveTo(-w + 12, -h);
                hex.lineTo(w - 12, -h);
                hex.lineTo(w, 0);
                hex.lineTo(w - 12, h);
                hex.lineTo(-w + 12, h);
                hex.lineTo(-w, 0);
                hex.closePath();
                outline = hex;
            }
            default -> outline = new Rectangle2D.Double(-s, -s, 2 * s, 2 * s);
        }
        if (filled) {
            g.setColor(deceased ? new Color(0xeceef1) : shape == Shape.ORGANISATION ? new Color(0xf4efe4)
                    : shape == Shape.PROFESSIONAL ? new Color(0xe8f1f1) : Color.WHITE);
            g.fill(outline);
        }
        g.setColor(shape.professionalLayer() ? ACCENT : INK);
        g.setStroke(new BasicStroke(filled ? 2 : 1.6f));
        g.draw(outline);
    }

    private static void centred(Graphics2D g, String text, double x, double y, Color color) {
        if (text.isEmpty()) {
            return;
        }
        FontMetrics m = g.getFontMetrics();
        float left = (float) (x - m.stringWidth(text) / 2.0);
        // a white halo keeps names readable over lines
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3));
        GlyphVector glyphs = g.getFont().createGlyphVector(g.getFontRenderContext(), text);
        java.awt.Shape outline = glyphs.getOutline(left, (float) y);
        g.draw(outline);
        g.setColor(color);
        g.fill(outline);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) > max ? s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…" : s;
    }
}
