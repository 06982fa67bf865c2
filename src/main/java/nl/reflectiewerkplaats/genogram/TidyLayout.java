package nl.reflectiewerkplaats.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;

/**
 * A deterministic tidy layout. In a geno-sociogram each generation is a row: partners
 * side by side, children under their parents ordered by age (oldest left), the
 * professionals layer in a band below the family. A krachtenveld is a circle. Persons
 * placed by hand keep their x (and professionals and forces their whole place) where
 * that leaves room; the same input always gives the same places.
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
        Map<String, List<String>> friends = new HashMap<>();
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
                case EMOTIONAL -> {
                    friends.computeIfAbsent(r.getFromId(), k -> new ArrayList<>()).add(r.getToId());
                    friends.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r.getFromId());
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
        // someone with no family lines here (a friend, a neighbour) stands in the row of whom they are close to
        for (Person p : family) {
            String id = p.getId();
            if (!parents.containsKey(id) && !children.containsKey(id) && !partners.containsKey(id)
                    && !siblings.containsKey(id)) {
                for (String other : friends.getOrDefault(id, List.of())) {
                    if (parents.containsKey(other) || children.containsKey(other) || partners.containsKey(other)) {
                        gen.put(id, gen.get(other));
                        break;
                    }
                }
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
            // where each would like to be: under the middle of its parents (siblings share that key)
            Map<String, Double> key = new HashMap<>();
            for (Person p : inRow) {
                Double k = parentMiddle(p.getId(), parents, placedX);
                if (k != null) {
                    key.put(p.getId(), k);
                }
            }
            for (Person p : inRow) {
                if (!key.containsKey(p.getId()) && !parents.containsKey(p.getId())) {
                    for (String other : siblings.getOrDefault(p.getId(), List.of())) {
                        if (key.containsKey(other)) {
                            key.put(p.getId(), key.get(other));
                            break;
                        }
                    }
                }
            }
            // units: children of the same parents, ordered by where their parents stand
            Map<Double, List<Person>> units = new TreeMap<>();
            List<Person> rest = new ArrayList<>();
            for (Person p : inRow) {
                Double k = key.get(p.getId());
                if (k != null) {
                    units.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                } else if (!marriedIn(p.getId(), row, gen, partners, parents, key)) {
                    rest.add(p);
                }
            }
            Set<String> sequence = new LinkedHashSet<>();
            Map<String, Double> ideal = new HashMap<>();
            for (Map.Entry<Double, List<Person>> unit : units.entrySet()) {
                double k = unit.getKey();
                List<Person> members = new ArrayList<>(unit.getValue());
                // a sibling whose partner stands in the unit to the left goes left, to the right goes right
                members.sort(Comparator.comparingInt((Person p) -> pull(p.getId(), k, row, gen, partners, key)));
                List<String> unitOrder = new ArrayList<>();
                for (Person m : members) {
                    List<String> inlaws = new ArrayList<>();
                    collectInlaws(m.getId(), row, gen, partners, parents, key, sequence, unitOrder, inlaws);
                    if (pull(m.getId(), k, row, gen, partners, key) > 0) {
                        unitOrder.addAll(inlaws);
                        unitOrder.add(m.getId());
                    } else {
                        unitOrder.add(m.getId());
                        unitOrder.addAll(inlaws);
                    }
                }
                double start = k - (unitOrder.size() - 1) * SPACING / 2;
                for (int m = 0; m < unitOrder.size(); m++) {
                    if (sequence.add(unitOrder.get(m))) {
                        ideal.put(unitOrder.get(m), start + m * SPACING);
                    }
                }
            }
            // the rest (the eldest generation, and who has no parents here): couples together, oldest first
            for (Person p : rest) {
                if (sequence.contains(p.getId())) {
                    continue;
                }
                Deque<String> todo = new ArrayDeque<>(List.of(p.getId()));
                while (!todo.isEmpty()) {
                    String next = todo.poll();
                    if (gen.get(next) == row && sequence.add(next)) {
                        ideal.put(next, Double.NEGATIVE_INFINITY);
                        partners.getOrDefault(next, List.of()).forEach(todo::add);
                    }
                }
            }
            for (Person p : inRow) {
                if (sequence.add(p.getId())) {
                    ideal.put(p.getId(), Double.NEGATIVE_INFINITY);
                }
            }
            List<String> ids = new ArrayList<>(sequence);
            // a friend or neighbour without family lines goes to the end of the row nearest whom they are close to
            double minIdeal = ids.stream().mapToDouble(ideal::get).filter(Double::isFinite).min().orElse(0);
            double maxIdeal = ids.stream().mapToDouble(ideal::get).filter(Double::isFinite).max().orElse(0);
            List<String> front = new ArrayList<>();
            for (String id : ids) {
                if (!parents.containsKey(id) && !children.containsKey(id) && !partners.containsKey(id)
                        && !siblings.containsKey(id)) {
                    for (String friend : friends.getOrDefault(id, List.of())) {
                        Double at = ideal.get(friend);
                        if (at != null && Double.isFinite(at)) {
                            if (at - minIdeal < maxIdeal - at) {
                                front.add(id);
                            }
                            break;
                        }
                    }
                }
            }
            ids.removeAll(front);
            for (int f = 0; f < front.size(); f++) {
                ideal.put(front.get(f), minIdeal - SPACING * (front.size() - f));
                ids.add(f, front.get(f));
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
                    double want = ideal.get(id);
                    double floor = last == Double.NEGATIVE_INFINITY
                            ? (want == Double.NEGATIVE_INFINITY ? 0 : want) : last + SPACING;
                    x = Math.max(want, floor);
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
        // each professional below the family members they have lines with, so lines cross less
        Map<String, Double> towards = new HashMap<>();
        for (Person pro : professionals) {
            double sum = 0;
            int n = 0;
            for (Relation r : relations) {
                String other = r.getFromId().equals(pro.getId()) ? r.getToId()
                        : r.getToId().equals(pro.getId()) ? r.getFromId() : null;
                if (other != null && out.containsKey(other)) {
                    sum += out.get(other).x();
                    n++;
                }
            }
            towards.put(pro.getId(), n == 0 ? Double.MAX_VALUE : sum / n);
        }
        List<Person> loose = professionals.stream().filter(p -> !p.isPlacedByHand()).sorted(
                Comparator.comparingDouble((Person p) -> towards.get(p.getId())).thenComparing(Person::getShape)
                        .thenComparing(Person::getName).thenComparing(Person::getId)).toList();
        double start = (familyMin + familyMax) / 2 - (loose.size() - 1) * PROFESSIONAL_SPACING / 2;
        for (int k = 0; k < loose.size(); k++) {
            out.put(loose.get(k).getId(), new Point(round(start + k * PROFESSIONAL_SPACING), bandY));
        }
        professionals.stream().filter(Person::isPlacedByHand)
                .forEach(p -> out.put(p.getId(), new Point(p.getX(), p.getY())));
        return out;
    }

    /** No parents here, but a partner in this row who has: stands beside that partner. */
    private static boolean marriedIn(String id, int row, Map<String, Integer> gen, Map<String, List<String>> partners,
                                     Map<String, List<String>> parents, Map<String, Double> key) {
        if (parents.containsKey(id) || key.containsKey(id)) {
            return false;
        }
        for (String other : partners.getOrDefault(id, List.of())) {
            if (gen.get(other) == row && key.containsKey(other)) {
                return true;
            }
        }
        return false;
    }

    /** Partners who married in, and their own other partners who did too, beside {@code id}. */
    private static void collectInlaws(String id, int row, Map<String, Integer> gen, Map<String, List<String>> partners,
                                      Map<String, List<String>> parents, Map<String, Double> key, Set<String> placed,
                                      List<String> unit, List<String> out) {
        for (String other : partners.getOrDefault(id, List.of())) {
            if (gen.get(other) == row && !parents.containsKey(other) && !key.containsKey(other)
                    && !placed.contains(other) && !unit.contains(other) && !out.contains(other)) {
                out.add(other);
                collectInlaws(other, row, gen, partners, parents, key, placed, unit, out);
            }
        }
    }

    /** -1 when a partner stands in a unit to the left, +1 to the right, else 0. */
    private static int pull(String id, double unitKey, int row, Map<String, Integer> gen,
                            Map<String, List<String>> partners, Map<String, Double> key) {
        for (String other : partners.getOrDefault(id, List.of())) {
            Double k = key.get(other);
            if (gen.get(other) == row && k != null && Math.abs(k - unitKey) >= 1) {
                return k < unitKey ? -1 : 1;
            }
        }
        return 0;
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
