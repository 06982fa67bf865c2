package nl.reflectiewerkplaats.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic tidy layout. In a geno-sociogram each generation is a row: partners
 * side by side, children under their parents ordered by age (oldest left), the
 * professionals layer in a band below the family. A krachtenveld is a circle. Persons
 * placed by hand keep their x (and professionals and forces their whole place) where
 * that leaves room; the same input always gives the same places. The rows of a
 * geno-sociogram are worked out step by step in {@link GenerationLayout}.
 */
final class TidyLayout {

    static final double SPACING = 160;
    static final double ROW = 180;
    static final double PROFESSIONAL_SPACING = 176;

    private TidyLayout() {
    }

    static Map<String, Point> compute(DiagramKind kind, List<Person> persons, List<Relation> relations, int currentYear) {
        List<Person> sorted = new ArrayList<>(persons);
        sorted.sort(Comparator.comparingInt((Person p) -> birthKey(p, currentYear))
                .thenComparing(Person::getName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Person::getId));
        return kind == DiagramKind.FORCE_FIELD ? circle(sorted) : new GenerationLayout(sorted, relations).compute();
    }

    private static int birthKey(Person p, int currentYear) {
        if (p.getBirthYear() != null) {
            return p.getBirthYear();
        }
        if (p.getAge() != null) {
            return currentYear - p.getAge();
        }
        return Integer.MAX_VALUE;
    }

    private static Map<String, Point> circle(List<Person> persons) {
        Map<String, Point> out = new LinkedHashMap<>();
        List<Person> order = new ArrayList<>(persons);
        order.sort(Comparator.comparing(Person::getShape).thenComparing(Person::getName).thenComparing(Person::getId));
        int n = order.size();
        double radius = Math.max(220, n * 190 / (2 * Math.PI));
        for (int i = 0; i < n; i++) {
            Person p = order.get(i);
            if (p.isPlacedByHand()) {
                out.put(p.getId(), new Point(p.getX(), p.getY()));
            } else {
                double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
                out.put(p.getId(), new Point(round(radius * Math.cos(angle)), round(radius * Math.sin(angle))));
            }
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
