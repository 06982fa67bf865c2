package nl.reflectiewerkplaats.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic tidy layout. In a geno-sociogram each generation is a row: partners
 * side by side, children under their parents ordered by age (oldest left), the
 * professionals layer in a band below the family. A krachtenveld is a circle. Persons
 * placed by hand keep their x (and professionals and forces their whole place) where
 * that leaves room; the same input always gives the same places.
 */
final class TidyLayout {

    static final double SPACING = 150;
    static final double ROW = 180;
    static final double PROFESSIONAL_SPACING = 170;

    private TidyLayout() {
    }

    static Map<String, Point> compute(DiagramKind kind, List<Person> persons, List<Relation> relations, int currentYear) {
        List<Person> sorted = new ArrayList<>(persons);
        sorted.sort(Comparator.comparingInt((Person p) -> birthKey(p, currentYear))
                .thenComparing(Person::getName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Person::getId));
        return kind == DiagramKind.FORCE_FIELD ? circle(sorted) : generations(sorted, relations, currentYear);
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

    private static Map<String, Point> generations(List<Person> sorted, List<Relation> relations, int currentYear) {
        List<Person> family = sorted.stream().filter(p -> !p.professionalLayer()).toList();
        List<Person> professionals = sorted.stream().filter(Person::professionalLayer).toList();
        Map<String, Person> byId = new HashMap<>();
        family.forEach(p -> byId.put(p.getId(), p));

        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        Map<String, List<String>> partners = new HashMap<>();
        Map<String, List<String>> siblings = new HashMap<>();
        for (Relation r : relations) {
            if (!byId.containsKey(r.getFromId()) || !byId.containsKey(r.getToId())) {
                continue;
            }
            switch (r.getType().category()) {
                case PARENT -> {
                    parents.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r.getFromId());
                    children.computeIfAbsent(r.getFromId(), k -> new ArrayList<>()).add(r.getToId());
                }
                case PARTNER -> {
                    partners.computeIfAbsent(r.getFromId(), k -> new ArrayList<>()).add(r.getToId());
                    partners.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r.getFromId());
                }
                case SIBLING -> {
                    siblings.computeIfAbsent(r.getFromId(), k -> new ArrayList<>()).add(r.getToId());
                    siblings.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r.getFromId());
                }
                default -> {
                }
            }
        }

        // generations: a child below its parents, partners and siblings on one row
        Map<String, Integer> gen = new HashMap<>();
        family.forEach(p -> gen.put(p.getId(), 0));
        for (int round = 0; round <= family.size() + 1; round++) {
            boolean changed = false;
            for (Person p : family) {
                String id = p.getId();
                int g = gen.get(id);
                for (String parent : parents.getOrDefault(id, List.of())) {
                    g = Math.max(g, gen.get(parent) + 1);
                }
                for (String other : partners.getOrDefault(id, List.of())) {
                    g = Math.max(g, gen.get(other));
                }
                for (String other : siblings.getOrDefault(id, List.of())) {
                    g = Math.max(g, gen.get(other));
                }
                if (!parents.containsKey(id)) {
                    // an ancestor without parents here sits just above their highest child
                    int lowest = Integer.MAX_VALUE;
                    for (String child : children.getOrDefault(id, List.of())) {
                        lowest = Math.min(lowest, gen.get(child) - 1);
                    }
                    if (lowest != Integer.MAX_VALUE && lowest > g) {
                        g = lowest;
                    }
                }
                if (g != gen.get(id)) {
                    gen.put(id, g);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int maxGen = gen.values().stream().mapToInt(Integer::intValue).max().orElse(-1);

        Map<String, Point> out = new LinkedHashMap<>();
        Map<String, Double> placedX = new HashMap<>();
        for (int g = 0; g <= maxGen; g++) {
            int row = g;
            List<Person> inRow = family.stream().filter(p -> gen.get(p.getId()) == row).toList();
            if (inRow.isEmpty()) {
                continue;
            }
            // where each would like to be: under the middle of its parents (or its partner's)
            Map<String, Double> key = new HashMap<>();
            for (Person p : inRow) {
                key.put(p.getId(), parentMiddle(p.getId(), parents, placedX));
            }
            for (Person p : inRow) {
                if (key.get(p.getId()) == null) {
                    for (String other : partners.getOrDefault(p.getId(), List.of())) {
                        if (key.get(other) != null) {
                            key.put(p.getId(), key.get(other) + 0.5);
                            break;
                        }
                    }
                }
                if (key.get(p.getId()) == null) {
                    for (String other : siblings.getOrDefault(p.getId(), List.of())) {
                        if (key.get(other) != null) {
                            key.put(p.getId(), key.get(other));
                            break;
                        }
                    }
                }
            }
            // order: by that key, oldest first among siblings; partners next to each other
            List<Person> ordered = new ArrayList<>(inRow);
            ordered.sort(Comparator.comparingDouble((Person p) -> key.get(p.getId()) == null
                    ? Double.MAX_VALUE : key.get(p.getId())));
            Set<String> sequence = new LinkedHashSet<>();
            for (Person p : ordered) {
                if (sequence.add(p.getId())) {
                    for (String other : partners.getOrDefault(p.getId(), List.of())) {
                        // a partner who married in (no parents here) stands beside them
                        if (gen.get(other) == row && !parents.containsKey(other)) {
                            sequence.add(other);
                        }
                    }
                }
            }
            // ideal x: a group of children centred under its parents
            List<String> ids = new ArrayList<>(sequence);
            Map<String, Double> ideal = new HashMap<>();
            int i = 0;
            while (i < ids.size()) {
                Double k = key.get(ids.get(i));
                int j = i;
                while (j + 1 < ids.size() && sameGroup(key.get(ids.get(j + 1)), k)) {
                    j++;
                }
                int count = j - i + 1;
                double start = k == null ? Double.NEGATIVE_INFINITY : k - (count - 1) * SPACING / 2;
                for (int m = i; m <= j; m++) {
                    ideal.put(ids.get(m), start + (m - i) * SPACING);
                }
                i = j + 1;
            }
            double y = row * ROW;
            List<Double> pinned = new ArrayList<>();
            for (String id : ids) {
                Person p = byId.get(id);
                if (p.isPlacedByHand()) {
                    pinned.add(p.getX());
                }
            }
            double last = Double.NEGATIVE_INFINITY;
            for (String id : ids) {
                Person p = byId.get(id);
                double x;
                if (p.isPlacedByHand()) {
                    x = p.getX();
                } else {
                    x = Math.max(ideal.get(id), last == Double.NEGATIVE_INFINITY ? 0 : last + SPACING);
                    if (x == Double.NEGATIVE_INFINITY) {
                        x = 0;
                    }
                    boolean moved = true;
                    while (moved) {
                        moved = false;
                        for (double px : pinned) {
                            if (Math.abs(px - x) < SPACING - 0.001) {
                                x = px + SPACING;
                                moved = true;
                            }
                        }
                    }
                    last = x;
                }
                placedX.put(id, x);
                out.put(id, new Point(round(x), y));
            }
        }

        // the professionals layer: a band below the family
        double familyMin = out.values().stream().mapToDouble(Point::x).min().orElse(0);
        double familyMax = out.values().stream().mapToDouble(Point::x).max().orElse(0);
        double bandY = (maxGen + 1) * ROW + ROW * 0.35;
        List<Person> loose = professionals.stream().filter(p -> !p.isPlacedByHand()).sorted(
                Comparator.comparing(Person::getShape).thenComparing(Person::getName).thenComparing(Person::getId)).toList();
        double start = (familyMin + familyMax) / 2 - (loose.size() - 1) * PROFESSIONAL_SPACING / 2;
        for (int k = 0; k < loose.size(); k++) {
            out.put(loose.get(k).getId(), new Point(round(start + k * PROFESSIONAL_SPACING), bandY));
        }
        professionals.stream().filter(Person::isPlacedByHand)
                .forEach(p -> out.put(p.getId(), new Point(p.getX(), p.getY())));
        return out;
    }

    private static boolean sameGroup(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1;
    }

    private static Double parentMiddle(String id, Map<String, List<String>> parents, Map<String, Double> placedX) {
        List<String> ps = parents.getOrDefault(id, List.of());
        double sum = 0;
        int n = 0;
        for (String p : ps) {
            Double x = placedX.get(p);
            if (x != null) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
