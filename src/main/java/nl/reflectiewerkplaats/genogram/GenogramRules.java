package nl.reflectiewerkplaats.genogram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.genogram.RelationType.Category;

/**
 * The rules of the diagram: what may be said about a person, and which lines may be
 * drawn between whom (no one their own ancestor, two biological parents at most, family
 * lines in the family layer only). {@link GenogramService} calls them under its case lock.
 */
final class GenogramRules {

    private GenogramRules() {
    }

    /** What an editor entered for a line, checked: the kind, the strength (forces only) and the note. */
    record LineInput(RelationType type, int strength, String note) {

        static LineInput of(RelationType type, int strength, String note) {
            if (type == null) {
                throw new InvalidInputException("error.genogram.typeRequired");
            }
            String text = Texts.optional(note, Relation.NOTE_MAX_LENGTH, "field.genogramLineNote");
            return new LineInput(type, checkStrength(type, strength), text);
        }

        private static int checkStrength(RelationType type, int strength) {
            if (type.category() != Category.FORCE) {
                return 0;
            }
            if (strength < 1 || strength > Relation.MAX_STRENGTH) {
                throw new InvalidInputException("error.genogram.strength", Relation.MAX_STRENGTH);
            }
            return strength;
        }
    }

    /** The details as they are stored (texts trimmed), or a Dutch message; {@code year} is this year. */
    static PersonDetails check(PersonDetails d, int year) {
        if (d == null || d.shape() == null) {
            throw new InvalidInputException("error.genogram.shapeRequired");
        }
        String name = Texts.required(d.name(), Person.NAME_MAX_LENGTH, "field.genogramName");
        if (d.birthYear() != null && (d.birthYear() < Person.MIN_YEAR || d.birthYear() > year)) {
            throw new InvalidInputException("error.genogram.birthYear", Person.MIN_YEAR, String.valueOf(year));
        }
        if (d.age() != null && (d.age() < 0 || d.age() > Person.MAX_AGE)) {
            throw new InvalidInputException("error.genogram.age", Person.MAX_AGE);
        }
        return new PersonDetails(d.shape(), name, d.birthYear(), d.age(), d.deceased(), d.indexPerson(),
                Texts.optional(d.household(), Person.HOUSEHOLD_MAX_LENGTH, "field.genogramHousehold"),
                Texts.optional(d.note(), Person.NOTE_MAX_LENGTH, "field.genogramNote"));
    }

    /**
     * All rules for a line between two persons.
     *
     * @param personOf the diagram's person by id (a {@link NotFoundException} when gone)
     * @param others   the diagram's other lines (without the one being changed)
     */
    static void checkRelation(DiagramKind kind, String fromId, String toId, RelationType type,
                              Function<String, Person> personOf, Supplier<List<Relation>> others) {
        if (fromId == null || toId == null) {
            throw new InvalidInputException("error.genogram.endsRequired");
        }
        if (fromId.equals(toId)) {
            throw new InvalidInputException("error.genogram.selfLine");
        }
        Person from = personOf.apply(fromId);
        Person to = personOf.apply(toId);
        if (!type.allowedIn(kind)) {
            throw new InvalidInputException("error.genogram.wrongDiagram");
        }
        checkLayers(type, from.professionalLayer(), to.professionalLayer());
        List<Relation> all = others.get();
        for (Relation r : all) {
            boolean samePair = r.touches(fromId) && r.touches(toId);
            if (samePair && (r.getType() == type || type.category().family()
                    && r.getType().category() == type.category())) {
                throw new InvalidInputException("error.genogram.duplicate");
            }
        }
        if (type.category() == Category.PARENT) {
            checkParent(all, from, to, type);
        }
    }

    /** The child may not be the parent's ancestor (nor the parent itself), and has two biological parents at most. */
    private static void checkParent(List<Relation> all, Person from, Person to, RelationType type) {
        Map<String, List<String>> parentsOf = new HashMap<>();
        for (Relation r : all) {
            if (r.getType().category() == Category.PARENT) {
                parentsOf.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r.getFromId());
            }
        }
        Deque<String> todo = new ArrayDeque<>(List.of(from.getId()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(to.getId())) {
                throw new InvalidInputException("error.genogram.ancestorCycle", to.getName(), from.getName());
            }
            if (seen.add(next)) {
                todo.addAll(parentsOf.getOrDefault(next, List.of()));
            }
        }
        if (type == RelationType.PARENT_BIOLOGICAL && all.stream().filter(r -> r.getToId().equals(to.getId())
                && r.getType() == RelationType.PARENT_BIOLOGICAL).count() >= 2) {
            throw new InvalidInputException("error.genogram.twoParents", to.getName());
        }
    }

    static void checkLayers(RelationType type, boolean fromProfessional, boolean toProfessional) {
        if (type.category().family() && (fromProfessional || toProfessional)) {
            throw new InvalidInputException("error.genogram.familyOnly");
        }
        if (type.category() == Category.PROFESSIONAL && !fromProfessional && !toProfessional) {
            throw new InvalidInputException("error.genogram.professionalEnd");
        }
    }
}
