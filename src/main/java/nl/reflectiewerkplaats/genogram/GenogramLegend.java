package nl.reflectiewerkplaats.genogram;

import static nl.reflectiewerkplaats.genogram.GenogramPicture.HALF;
import static nl.reflectiewerkplaats.genogram.GenogramPicture.INK;
import static nl.reflectiewerkplaats.genogram.LineStyles.dashed;
import static nl.reflectiewerkplaats.genogram.LineStyles.line;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The legend under the server's picture: the shapes and kinds of line that are in the drawing. */
final class GenogramLegend {

    /** Where each entry's column starts, and the height of a row of entries. */
    static final double COLUMN = 212;
    static final double ROW = 26;

    private GenogramLegend() {
    }

    /** The entries, as [kind, key, label]. */
    static List<String[]> items(Diagram diagram, Map<String, Person> byId, Function<String, String> translate) {
        List<String[]> items = new ArrayList<>();
        Set<Shape> shapes = new LinkedHashSet<>();
        byId.values().forEach(p -> shapes.add(p.getShape()));
        for (Shape s : Shape.values()) {
            if (shapes.contains(s)) {
                items.add(new String[] {"shape", s.name(), translate.apply("genogram.shape." + s.name())});
            }
        }
        if (byId.values().stream().anyMatch(Person::isDeceased)) {
            items.add(new String[] {"deceased", "MALE", translate.apply("genogram.deceased")});
        }
        if (byId.values().stream().anyMatch(Person::isIndexPerson)) {
            items.add(new String[] {"index", "FEMALE", translate.apply("genogram.index")});
        }
        Set<RelationType> types = new TreeSet<>();
        diagram.relations().stream().filter(r -> byId.containsKey(r.getFromId()) && byId.containsKey(r.getToId()))
                .forEach(r -> types.add(r.getType()));
        types.forEach(t -> items.add(new String[] {"line", t.name(), translate.apply("genogram.type." + t.name())}));
        return items;
    }

    static void draw(Graphics2D g, List<String[]> items, double x, double y, int columns,
                     Function<String, String> translate) {
        if (items.isEmpty()) {
            return;
        }
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(translate.apply("genogram.legend"), (float) x + 8, (float) y + 16);
        for (int i = 0; i < items.size(); i++) {
            String[] item = items.get(i);
            double cx = x + 8 + (i % columns) * COLUMN;
            double cy = y + ROW + (i / columns) * ROW;
            Graphics2D icon = (Graphics2D) g.create();
            icon.translate(cx, cy);
            if ("line".equals(item[0])) {
                lineIcon(icon, RelationType.valueOf(item[1]));
            } else {
                shapeIcon(icon, item[0], Shape.valueOf(item[1]));
            }
            icon.dispose();
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(GenogramPicture.shorten(item[2], 26), (float) cx + 64, (float) cy + 16);
        }
    }

    private static void shapeIcon(Graphics2D icon, String kind, Shape shape) {
        icon.translate(shape.professionalLayer() ? 30 : 32, 12);
        icon.scale(shape.professionalLayer() ? 0.36 : 0.42, shape.professionalLayer() ? 0.36 : 0.42);
        GenogramPicture.shape(icon, shape, "deceased".equals(kind), 0, true);
        if ("index".equals(kind)) {
            GenogramPicture.shape(icon, shape, false, 5, false);
        }
        if ("deceased".equals(kind)) {
            icon.setStroke(new BasicStroke(2.5f));
            line(icon, -HALF, -HALF, HALF, HALF);
            line(icon, HALF, -HALF, -HALF, HALF);
        }
    }

    private static void lineIcon(Graphics2D icon, RelationType type) {
        icon.setColor(INK);
        icon.setStroke(new BasicStroke(2));
        switch (type.category()) {
            case PARTNER -> {
                icon.setStroke(GenogramPicture.partnerStroke(type));
                Path2D u = new Path2D.Double();
                u.moveTo(4, 4);
                u.lineTo(4, 18);
                u.lineTo(56, 18);
                u.lineTo(56, 4);
                icon.draw(u);
                icon.setStroke(new BasicStroke(2));
                if (type == RelationType.PARTNER_SEPARATED || type == RelationType.PARTNER_DIVORCED) {
                    line(icon, 26, 24, 34, 12);
                }
                if (type == RelationType.PARTNER_DIVORCED) {
                    line(icon, 32, 24, 40, 12);
                }
            }
            case PARENT -> {
                icon.setStroke(GenogramPicture.parentStroke(type == RelationType.PARENT_FOSTER,
                        type == RelationType.PARENT_ADOPTIVE));
                line(icon, 30, 0, 30, 24);
            }
            case SIBLING -> {
                Path2D p = new Path2D.Double();
                if (type == RelationType.TWIN) {
                    p.moveTo(8, 24);
                    p.lineTo(30, 2);
                    p.lineTo(52, 24);
                } else {
                    icon.setStroke(dashed(1.5f, 2, 3));
                    p.moveTo(8, 24);
                    p.lineTo(8, 4);
                    p.lineTo(52, 4);
                    p.lineTo(52, 24);
                }
                icon.draw(p);
            }
            default -> LineStyles.styled(icon, 2, 12, 58, 12, type, 2);
        }
    }
}
