package nl.reflectiewerkplaats.genogram;

import static nl.reflectiewerkplaats.genogram.GenogramService.MAX_COORDINATE;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.genogram.RelationType.Category;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where a new person goes, and where someone not yet placed moves when a first family
 * line ties them to another; every place within the drawing's bounds.
 */
final class GenogramPlaces {

    private GenogramPlaces() {
    }

    /** Whether a new line can place a loose end: family lines in a geno-sociogram. */
    static boolean placesLooseEnd(DiagramKind kind, RelationType type) {
        Category category = type.category();
        return kind == DiagramKind.GENOGRAM
                && (category == Category.PARENT || category == Category.PARTNER || category == Category.SIBLING);
    }

    /**
     * A family line that ties a person who is not yet placed (no other family line,
     * never moved by hand) to someone: that person alone moves to where the tidy
     * layout puts them relative to the other (a child below the parent, a partner or
     * sibling beside), on a free spot. Nobody else moves. Returns that person's new place
     * (bounded), or nothing.
     */
    static Map<String, Point> looseEnd(DiagramKind kind, List<Person> people, List<Relation> lines, Relation added,
                                       int year) {
        Person from = people.stream().filter(p -> p.getId().equals(added.getFromId())).findFirst().orElse(null);
        Person to = people.stream().filter(p -> p.getId().equals(added.getToId())).findFirst().orElse(null);
        if (from == null || to == null) {
            return Map.of();
        }
        Person loose = loose(to, lines, added) ? to : loose(from, lines, added) ? from : null;
        if (loose == null) {
            return Map.of();
        }
        Person anchor = loose == to ? from : to;
        Map<String, Point> tidy = TidyLayout.compute(kind, people, lines, year);
        Point lt = tidy.get(loose.getId());
        Point at = tidy.get(anchor.getId());
        if (lt == null || at == null) {
            return Map.of();
        }
        double x = anchor.getX() + (lt.x() - at.x());
        double y = anchor.getY() + (lt.y() - at.y());
        for (int i = 0; i < 60 && occupied(people, loose.getId(), x, y); i++) {
            x += TidyLayout.SPACING;
        }
        Point place = bounded(new Point(x, y));
        if (place.x() == loose.getX() && place.y() == loose.getY()) {
            return Map.of();
        }
        return Map.of(loose.getId(), place);
    }

    /** Not placed yet: never moved by hand and no family line but the one just added. */
    private static boolean loose(Person p, List<Relation> lines, Relation added) {
        return !p.isPlacedByHand() && !p.professionalLayer() && lines.stream()
                .filter(r -> !r.getId().equals(added.getId()))
                .filter(r -> r.getFromId().equals(p.getId()) || r.getToId().equals(p.getId()))
                .noneMatch(r -> r.getType().category().family());
    }

    private static boolean occupied(List<Person> people, String except, double x, double y) {
        return people.stream().anyMatch(p -> !p.getId().equals(except)
                && Math.abs(p.getX() - x) < TidyLayout.SPACING * 0.6 && Math.abs(p.getY() - y) < TidyLayout.ROW * 0.4);
    }

    /** The place to the right of a row, or the start of a new row below when the row reaches the edge. */
    private static Point nextInRow(List<Person> row, double x, double y) {
        if (x <= MAX_COORDINATE) {
            return new Point(x, y);
        }
        double left = row.stream().mapToDouble(Person::getX).filter(Double::isFinite).min().orElse(0);
        double bottom = row.stream().mapToDouble(Person::getY).filter(Double::isFinite).max().orElse(y);
        return new Point(Math.max(-MAX_COORDINATE, left), bottom + TidyLayout.ROW);
    }

    /** A place within the drawing's bounds (a computed place can fall outside: e.g. a very long row). */
    static Point bounded(Point p) {
        if (p == null) {
            return null;
        }
        return new Point(clamp(p.x()), clamp(p.y()));
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, v)) : 0;
    }

    /** A free place for a new person (to be {@link #bounded bounded}). */
    static Point freePlace(List<Person> people, DiagramKind kind, PersonDetails details, int year) {
        Shape shape = details.shape();
        if (people.isEmpty()) {
            return new Point(0, 0);
        }
        Integer born = details.birthYear() != null ? details.birthYear()
                : details.age() != null ? year - details.age() : null;
        if (kind == DiagramKind.GENOGRAM && !shape.professionalLayer() && born != null) {
            Point byAge = besideNearestInAge(people, born, year);
            if (byAge != null) {
                return byAge;
            }
        }
        if (kind == DiagramKind.GENOGRAM) {
            List<Person> layer = people.stream().filter(p -> p.professionalLayer() == shape.professionalLayer()).toList();
            double familyBottom = people.stream().filter(p -> !p.professionalLayer()).mapToDouble(Person::getY)
                    .max().orElse(0);
            if (layer.isEmpty()) {
                double left = people.stream().mapToDouble(Person::getX).min().orElse(0);
                return new Point(left, familyBottom + TidyLayout.ROW * 1.35);
            }
            double top = layer.stream().mapToDouble(Person::getY).min().orElse(0);
            double right = layer.stream().filter(p -> Math.abs(p.getY() - top) < TidyLayout.ROW / 2)
                    .mapToDouble(Person::getX).max().orElse(0);
            return nextInRow(layer, right + TidyLayout.SPACING, top);
        }
        double right = people.stream().mapToDouble(Person::getX).max().orElse(0);
        double top = people.stream().mapToDouble(Person::getY).min().orElse(0);
        return nextInRow(people, right + TidyLayout.PROFESSIONAL_SPACING, top);
    }

    /** By generation: in the row of the one nearest in age, a row per 25 years apart; null when nobody has an age. */
    private static Point besideNearestInAge(List<Person> people, int born, int year) {
        Person nearest = people.stream().filter(p -> !p.professionalLayer() && bornIn(p, year) != null)
                .min(Comparator.comparingInt((Person p) -> Math.abs(bornIn(p, year) - born))).orElse(null);
        if (nearest == null) {
            return null;
        }
        long rows = Math.round((born - bornIn(nearest, year)) / 25.0);
        double y = nearest.getY() + rows * TidyLayout.ROW;
        double x = people.stream().filter(p -> !p.professionalLayer() && Math.abs(p.getY() - y) < TidyLayout.ROW / 2)
                .mapToDouble(Person::getX).max().stream().map(right -> right + TidyLayout.SPACING).findFirst()
                .orElse(nearest.getX());
        for (int i = 0; i < 60 && occupied(people, "", x, y); i++) {
            x += TidyLayout.SPACING;
        }
        return new Point(x, y);
    }

    private static Integer bornIn(Person p, int year) {
        return p.getBirthYear() != null ? p.getBirthYear()
                : p.getAge() != null ? year - p.getAge() : null;
    }

    /**
     * An update of a person's place only. Naming the version (with +0) stops the
     * template from raising it, so a move never makes someone's open edit stale.
     */
    static Update placeOnly() {
        return new Update().inc("version", 0);
    }
}
