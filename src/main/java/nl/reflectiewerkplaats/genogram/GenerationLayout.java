package nl.reflectiewerkplaats.genogram;

import static nl.reflectiewerkplaats.genogram.TidyLayout.PROFESSIONAL_SPACING;
import static nl.reflectiewerkplaats.genogram.TidyLayout.ROW;
import static nl.reflectiewerkplaats.genogram.TidyLayout.SPACING;
import static nl.reflectiewerkplaats.genogram.TidyLayout.round;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tidy layout of a geno-sociogram (see {@link TidyLayout}), in steps: index the
 * family lines, give everyone a generation, place the rows from the top down (each
 * under its parents), then the professionals in a band below. One instance per layout.
 */
final class GenerationLayout {

    private final List<Person> family;
    private final List<Person> professionals;
    private final List<Relation> relations;
    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, List<String>> parents = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> partners = new HashMap<>();
    private final Map<String, List<String>> siblings = new HashMap<>();
    private final Map<String, List<String>> friends = new HashMap<>();
    private final Map<String, Integer> gen = new HashMap<>();
    private final Map<String, Point> out = new LinkedHashMap<>();
    private final Map<String, Double> placedX = new HashMap<>();

    /** @param sorted the persons, oldest first (as {@link TidyLayout#compute} sorts them) */
    GenerationLayout(List<Person> sorted, List<Relation> relations) {
        this.family = sorted.stream().filter(p -> !p.professionalLayer()).toList();
        this.professionals = sorted.stream().filter(Person::professionalLayer).toList();
        this.relations = relations;
        family.forEach(p -> byId.put(p.getId(), p));
        indexFamilyLines();
    }

    Map<String, Point> compute() {
        assignGenerations();
        friendsJoinTheirRow();
        int maxGen = gen.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int g = 0; g <= maxGen; g++) {
            int index = g;
            List<Person> inRow = family.stream().filter(p -> gen.get(p.getId()) == index).toList();
            if (!inRow.isEmpty()) {
                new Row(index, inRow).place();
            }
        }
        placeProfessionals(maxGen);
        return out;
    }

    private void indexFamilyLines() {
        for (Relation r : relations) {
            if (!byId.containsKey(r.getFromId()) || !byId.containsKey(r.getToId())) {
                continue;
            }
            switch (r.getType().category()) {
                case PARENT -> {
                    add(parents, r.getToId(), r.getFromId());
                    add(children, r.getFromId(), r.getToId());
                }
                case PARTNER -> both(partners, r);
                case SIBLING -> both(siblings, r);
                case EMOTIONAL -> both(friends, r);
                default -> {
                }
            }
        }
    }

    private static void both(Map<String, List<String>> lines, Relation r) {
        add(lines, r.getFromId(), r.getToId());
        add(lines, r.getToId(), r.getFromId());
    }

    private static void add(Map<String, List<String>> lines, String from, String to) {
        lines.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    }

    private List<String> of(Map<String, List<String>> lines, String id) {
        return lines.getOrDefault(id, List.of());
    }

    /** A child below its parents, partners and siblings on one row; repeated until nothing moves. */
    private void assignGenerations() {
        family.forEach(p -> gen.put(p.getId(), 0));
        for (int round = 0; round <= family.size() + 1; round++) {
            boolean changed = false;
            for (Person p : family) {
                int g = generationOf(p.getId());
                if (g != gen.get(p.getId())) {
                    gen.put(p.getId(), g);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    private int generationOf(String id) {
        int g = gen.get(id);
        for (String parent : of(parents, id)) {
            g = Math.max(g, gen.get(parent) + 1);
        }
        for (String other : of(partners, id)) {
            g = Math.max(g, gen.get(other));
        }
        for (String other : of(siblings, id)) {
            g = Math.max(g, gen.get(other));
        }
        if (!parents.containsKey(id)) {
            // an ancestor without parents here sits just above their highest child
            int lowest = Integer.MAX_VALUE;
            for (String child : of(children, id)) {
                lowest = Math.min(lowest, gen.get(child) - 1);
            }
            if (lowest != Integer.MAX_VALUE && lowest > g) {
                g = lowest;
            }
        }
        return g;
    }

    /** Someone with no family lines here (a friend, a neighbour) stands in the row of whom they are close to. */
    private void friendsJoinTheirRow() {
        for (Person p : family) {
            String id = p.getId();
            if (hasFamilyLines(id)) {
                continue;
            }
            for (String other : of(friends, id)) {
                if (parents.containsKey(other) || children.containsKey(other) || partners.containsKey(other)) {
                    gen.put(id, gen.get(other));
                    break;
                }
            }
        }
    }

    private boolean hasFamilyLines(String id) {
        return parents.containsKey(id) || children.containsKey(id) || partners.containsKey(id)
                || siblings.containsKey(id);
    }

    /** The professionals layer: a band below the family, each below whom they have lines with. */
    private void placeProfessionals(int maxGen) {
        double familyMin = out.values().stream().mapToDouble(Point::x).min().orElse(0);
        double familyMax = out.values().stream().mapToDouble(Point::x).max().orElse(0);
        double bandY = (maxGen + 1) * ROW + ROW * 0.35;
        Map<String, Double> towards = new HashMap<>();
        professionals.forEach(pro -> towards.put(pro.getId(), towards(pro)));
        List<Person> loose = professionals.stream().filter(p -> !p.isPlacedByHand()).sorted(
                Comparator.comparingDouble((Person p) -> towards.get(p.getId())).thenComparing(Person::getShape)
                        .thenComparing(Person::getName).thenComparing(Person::getId)).toList();
        double start = (familyMin + familyMax) / 2 - (loose.size() - 1) * PROFESSIONAL_SPACING / 2;
        for (int k = 0; k < loose.size(); k++) {
            out.put(loose.get(k).getId(), new Point(round(start + k * PROFESSIONAL_SPACING), bandY));
        }
        professionals.stream().filter(Person::isPlacedByHand)
                .forEach(p -> out.put(p.getId(), new Point(p.getX(), p.getY())));
    }

    /** The middle x of the family members a professional has lines with; far right when none. */
    private double towards(Person pro) {
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
        return n == 0 ? Double.MAX_VALUE : sum / n;
    }

    private Double parentMiddle(String id) {
        double sum = 0;
        int n = 0;
        for (String p : of(parents, id)) {
            Double x = placedX.get(p);
            if (x != null) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** One generation: who stands where in it, left to right. */
    private final class Row {

        private final int index;
        private final List<Person> members;
        /** Where each would like to be: under the middle of its parents (siblings share that key). */
        private final Map<String, Double> key = new HashMap<>();
        private final Set<String> sequence = new LinkedHashSet<>();
        private final Map<String, Double> ideal = new HashMap<>();

        Row(int index, List<Person> members) {
            this.index = index;
            this.members = members;
        }

        void place() {
            wishes();
            Map<Double, List<Person>> units = new TreeMap<>();
            List<Person> rest = new ArrayList<>();
            for (Person p : members) {
                Double k = key.get(p.getId());
                if (k != null) {
                    units.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                } else if (!marriedIn(p.getId())) {
                    rest.add(p);
                }
            }
            units.forEach(this::placeUnit);
            coupleTheRest(rest);
            for (Person p : members) {
                if (sequence.add(p.getId())) {
                    ideal.put(p.getId(), Double.NEGATIVE_INFINITY);
                }
            }
            List<String> ids = new ArrayList<>(sequence);
            friendsToTheNearerEnd(ids);
            placeInOrder(ids);
        }

        private void wishes() {
            for (Person p : members) {
                Double k = parentMiddle(p.getId());
                if (k != null) {
                    key.put(p.getId(), k);
                }
            }
            for (Person p : members) {
                if (!key.containsKey(p.getId()) && !parents.containsKey(p.getId())) {
                    for (String other : of(siblings, p.getId())) {
                        if (key.containsKey(other)) {
                            key.put(p.getId(), key.get(other));
                            break;
                        }
                    }
                }
            }
        }

        /**
         * Children of the same parents, centred under them; a sibling whose partner stands in
         * the unit to the left goes left, to the right goes right, with who married in beside them.
         */
        private void placeUnit(double k, List<Person> unit) {
            List<Person> ordered = new ArrayList<>(unit);
            ordered.sort(Comparator.comparingInt((Person p) -> pull(p.getId(), k)));
            List<String> unitOrder = new ArrayList<>();
            for (Person m : ordered) {
                List<String> inlaws = new ArrayList<>();
                collectInlaws(m.getId(), unitOrder, inlaws);
                if (pull(m.getId(), k) > 0) {
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

        /** The rest (the eldest generation, and who has no parents here): couples together, oldest first. */
        private void coupleTheRest(List<Person> rest) {
            for (Person p : rest) {
                if (sequence.contains(p.getId())) {
                    continue;
                }
                Deque<String> todo = new ArrayDeque<>(List.of(p.getId()));
                while (!todo.isEmpty()) {
                    String next = todo.poll();
                    if (gen.get(next) == index && sequence.add(next)) {
                        ideal.put(next, Double.NEGATIVE_INFINITY);
                        of(partners, next).forEach(todo::add);
                    }
                }
            }
        }

        /** A friend or neighbour without family lines goes to the end of the row nearest whom they are close to. */
        private void friendsToTheNearerEnd(List<String> ids) {
            double minIdeal = ids.stream().mapToDouble(ideal::get).filter(Double::isFinite).min().orElse(0);
            double maxIdeal = ids.stream().mapToDouble(ideal::get).filter(Double::isFinite).max().orElse(0);
            List<String> front = new ArrayList<>();
            for (String id : ids) {
                if (hasFamilyLines(id)) {
                    continue;
                }
                for (String friend : of(friends, id)) {
                    Double at = ideal.get(friend);
                    if (at != null && Double.isFinite(at)) {
                        if (at - minIdeal < maxIdeal - at) {
                            front.add(id);
                        }
                        break;
                    }
                }
            }
            ids.removeAll(front);
            for (int f = 0; f < front.size(); f++) {
                ideal.put(front.get(f), minIdeal - SPACING * (front.size() - f));
                ids.add(f, front.get(f));
            }
        }

        /** Left to right, each at least a spacing from the last and clear of who was placed by hand. */
        private void placeInOrder(List<String> ids) {
            double y = index * ROW;
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
                    x = clearOf(pinned, Math.max(want, floor));
                    last = x;
                }
                placedX.put(id, x);
                out.put(id, new Point(round(x), y));
            }
        }

        private static double clearOf(List<Double> pinned, double start) {
            double x = start;
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
            return x;
        }

        /** No parents here, but a partner in this row who has: stands beside that partner. */
        private boolean marriedIn(String id) {
            if (parents.containsKey(id) || key.containsKey(id)) {
                return false;
            }
            for (String other : of(partners, id)) {
                if (gen.get(other) == index && key.containsKey(other)) {
                    return true;
                }
            }
            return false;
        }

        /** Partners who married in, and their own other partners who did too, beside {@code id}. */
        private void collectInlaws(String id, List<String> unit, List<String> found) {
            for (String other : of(partners, id)) {
                if (gen.get(other) == index && !parents.containsKey(other) && !key.containsKey(other)
                        && !sequence.contains(other) && !unit.contains(other) && !found.contains(other)) {
                    found.add(other);
                    collectInlaws(other, unit, found);
                }
            }
        }

        /** -1 when a partner stands in a unit to the left, +1 to the right, else 0. */
        private int pull(String id, double unitKey) {
            for (String other : of(partners, id)) {
                Double k = key.get(other);
                if (gen.get(other) == index && k != null && Math.abs(k - unitKey) >= 1) {
                    return k < unitKey ? -1 : 1;
                }
            }
            return 0;
        }
    }
}
