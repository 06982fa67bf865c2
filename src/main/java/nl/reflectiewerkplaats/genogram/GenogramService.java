package nl.reflectiewerkplaats.genogram;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.genogram.RelationType.Category;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import nl.reflectiewerkplaats.base.DutchTime;
import java.util.Comparator;
import java.util.function.Function;
import org.springframework.data.mongodb.core.BulkOperations;

/**
 * The geno-sociogram and the krachtenveld of a case (werkkaart 4): one of each per
 * case, lasting across its meetings, prepared by the facilitator and completed
 * together. Persons, lines and events are stored documents; every change is stored
 * first and then published on the live path.
 *
 * <p>The relation rules are kept here, under one lock per case so that two people
 * adding lines at once cannot together make someone their own ancestor, and a line
 * is never stored to a person who is being removed.
 */
@Service
public class GenogramService {

    /**
     * How far from the centre a person may stand, in diagram units (a person is about 44
     * wide): room for far more than a family, and the server's picture stays bounded.
     */
    public static final double MAX_COORDINATE = 5_000;

    private final PersonRepository persons;
    private final RelationRepository relations;
    private final LifeEventRepository lifeEvents;
    private final MongoTemplate mongo;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<TimelinePlacement> timeline;
    private final Map<String, ReentrantLock> caseLocks = new ConcurrentHashMap<>();

    GenogramService(PersonRepository persons, RelationRepository relations, LifeEventRepository lifeEvents,
                    MongoTemplate mongo, AccessPolicy access, ApplicationEventPublisher events, Clock clock,
                    ObjectProvider<TimelinePlacement> timeline) {
        this.persons = persons;
        this.relations = relations;
        this.lifeEvents = lifeEvents;
        this.mongo = mongo;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.timeline = timeline;
    }

    /** The whole diagram, to open it. */
    public Diagram open(Actor actor, String caseId, DiagramKind kind) {
        access.check(actor, caseId, CaseAction.READ);
        List<Person> people = persons.findByCaseIdAndDiagram(caseId, kind);
        Set<String> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.getId()));
        List<LifeEvent> dated = lifeEvents.findByCaseIdOrderByDateAsc(caseId).stream()
                .filter(e -> ids.contains(e.getPersonId())).toList();
        return new Diagram(caseId, kind, people, relations.findByCaseIdAndDiagram(caseId, kind), dated);
    }

    /**
     * The diagram as a PNG picture with its title and legend (for the session report).
     *
     * @param translate a translation lookup for the legend (key → Dutch text)
     */
    public byte[] picture(Actor actor, String caseId, DiagramKind kind, Function<String, String> translate,
                          String title) {
        return GenogramPicture.png(open(actor, caseId, kind), translate, title);
    }

    // ---- persons -------------------------------------------------------------------------

    @nl.reflectiewerkplaats.access.Addition
    public Person addPerson(Actor actor, String caseId, DiagramKind kind, PersonDetails details) {
        access.check(actor, caseId, CaseAction.CONTRIBUTE);
        PersonDetails checked = check(details);
        Point place = bounded(freePlace(caseId, kind, checked));
        Person saved = persons.save(new Person(caseId, kind, checked, place.x(), place.y(), actor.id(), clock.instant()));
        events.publishEvent(new PersonChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    /**
     * Changes what is said about a person (not its place). {@code expectedVersion} is
     * the version the editor started from; if someone changed the person since,
     * nothing is written and a {@link StaleEditException} carries the current person.
     */
    public Person editPerson(Actor actor, String personId, long expectedVersion, PersonDetails details) {
        Person current = findPerson(personId);
        access.check(actor, current.getCaseId(), CaseAction.CONTRIBUTE);
        PersonDetails checked = check(details);
        Person saved = locked(current.getCaseId(), () -> {
            if (checked.shape().professionalLayer() != current.professionalLayer()) {
                // a person cannot leave the family while family lines hang on them (or the reverse)
                for (Relation r : relations.findByFromIdOrToId(personId, personId)) {
                    Person other = findPerson(r.getFromId().equals(personId) ? r.getToId() : r.getFromId());
                    boolean meProfessional = checked.shape().professionalLayer();
                    checkLayers(r.getType(), meProfessional, other.professionalLayer());
                }
            }
            Update update = new Update().set("shape", checked.shape()).set("name", checked.name())
                    .set("birthYear", checked.birthYear()).set("age", checked.age())
                    .set("deceased", checked.deceased()).set("indexPerson", checked.indexPerson())
                    .set("household", checked.household()).set("note", checked.note()).inc("version", 1);
            long matched = mongo.updateFirst(query(where("id").is(personId).and("version").is(expectedVersion)),
                    update, Person.class).getMatchedCount();
            if (matched == 0) {
                throw new StaleEditException("error.genogram.personStale", findPerson(personId));
            }
            return findPerson(personId);
        });
        events.publishEvent(new PersonChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    /**
     * Moves one person: writes only its place, so moves of different persons never
     * conflict, and a move never undoes someone's edit of the details.
     */
    public Point movePerson(Actor actor, String personId, double x, double y) {
        Person person = findPerson(personId);
        access.check(actor, person.getCaseId(), CaseAction.CONTRIBUTE);
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
            throw new InvalidInputException("error.genogram.position");
        }
        Point to = new Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0);
        long matched = mongo.updateFirst(query(where("id").is(personId)),
                placeOnly().set("x", to.x()).set("y", to.y()).set("placedByHand", true), Person.class).getMatchedCount();
        if (matched == 0) {
            throw new NotFoundException("error.genogram.personGone");
        }
        events.publishEvent(new PositionsChanged(person.getCaseId(), person.getDiagram(), Map.of(personId, to),
                actor.id()));
        return to;
    }

    /** Tells the others that the actor started or stopped dragging a person; nothing is stored. */
    public void signalDrag(Actor actor, String personId, boolean dragging) {
        Person person = findPerson(personId);
        access.check(actor, person.getCaseId(), CaseAction.CONTRIBUTE);
        events.publishEvent(new PersonDragged(person.getCaseId(), person.getDiagram(), personId, actor.id(),
                actor.displayName(), dragging));
    }

    /** Removes a person with their lines and events (author or facilitator). */
    public void removePerson(Actor actor, String personId) {
        Person person = findPerson(personId);
        access.checkOwnOrModerate(actor, person.getCaseId(), person.getAuthorId());
        List<Relation> lines = new ArrayList<>();
        List<LifeEvent> dated = new ArrayList<>();
        locked(person.getCaseId(), () -> {
            lines.addAll(relations.findByFromIdOrToId(personId, personId));
            dated.addAll(lifeEvents.findByPersonId(personId));
            relations.deleteAll(lines);
            lifeEvents.deleteAll(dated);
            persons.deleteById(personId);
            return null;
        });
        lines.forEach(r -> events.publishEvent(new RelationChanged(person.getCaseId(), ChangeKind.REMOVED, r)));
        dated.forEach(e -> events.publishEvent(new LifeEventChanged(person.getCaseId(), ChangeKind.REMOVED, e)));
        events.publishEvent(new PersonChanged(person.getCaseId(), ChangeKind.REMOVED, person));
    }

    /**
     * The tidy layout by generation, as one action (the facilitator's): stores the new
     * places and sends them to everyone at once. Persons moved by hand keep their x
     * where that leaves room.
     */
    public Map<String, Point> tidyUp(Actor actor, String caseId, DiagramKind kind) {
        access.check(actor, caseId, CaseAction.MODERATE);
        Map<String, Point> changed = new HashMap<>();
        locked(caseId, () -> {
            List<Person> people = persons.findByCaseIdAndDiagram(caseId, kind);
            Map<String, Point> places = TidyLayout.compute(kind, people, relations.findByCaseIdAndDiagram(caseId, kind),
                    DutchTime.today(clock).getYear());
            // one write for all places (each person's own x/y only)
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED,
                    Person.class);
            for (Person p : people) {
                Point to = bounded(places.get(p.getId()));
                if (to != null && (to.x() != p.getX() || to.y() != p.getY())) {
                    bulk.updateOne(query(where("id").is(p.getId())), placeOnly().set("x", to.x()).set("y", to.y()));
                    changed.put(p.getId(), to);
                }
            }
            if (!changed.isEmpty()) {
                bulk.execute();
            }
            return null;
        });
        if (!changed.isEmpty()) {
            events.publishEvent(new PositionsChanged(caseId, kind, changed, actor.id()));
        }
        return changed;
    }

    // ---- lines ---------------------------------------------------------------------------

    /**
     * Adds a line. For parent–child lines {@code fromId} is the parent; for care the
     * giver; for a force its source. {@code strength} (1–3) counts for forces only.
     */
    @nl.reflectiewerkplaats.access.Addition
    public Relation addRelation(Actor actor, String caseId, DiagramKind kind, String fromId, String toId,
                                RelationType type, int strength, String note) {
        access.check(actor, caseId, CaseAction.CONTRIBUTE);
        if (type == null) {
            throw new InvalidInputException("error.genogram.typeRequired");
        }
        String text = Texts.optional(note, Relation.NOTE_MAX_LENGTH, "field.genogramLineNote");
        int force = checkStrength(type, strength);
        Map<String, Point> placed = new HashMap<>();
        Relation saved = locked(caseId, () -> {
            checkRelation(caseId, kind, fromId, toId, type, null);
            Relation added = relations.save(new Relation(caseId, kind, fromId, toId, type, force, text, actor.id(),
                    clock.instant()));
            placed.putAll(placeLooseEnd(caseId, kind, added));
            return added;
        });
        events.publishEvent(new RelationChanged(caseId, ChangeKind.ADDED, saved));
        if (!placed.isEmpty()) {
            events.publishEvent(new PositionsChanged(caseId, kind, placed, actor.id()));
        }
        return saved;
    }

    /** Changes a line's kind, strength or note, against the version the editor started from. */
    public Relation editRelation(Actor actor, String relationId, long expectedVersion, RelationType type, int strength,
                                 String note) {
        Relation relation = findRelation(relationId);
        access.check(actor, relation.getCaseId(), CaseAction.CONTRIBUTE);
        if (type == null) {
            throw new InvalidInputException("error.genogram.typeRequired");
        }
        String text = Texts.optional(note, Relation.NOTE_MAX_LENGTH, "field.genogramLineNote");
        int force = checkStrength(type, strength);
        Relation saved = locked(relation.getCaseId(), () -> {
            Relation current = findRelation(relationId);
            if (current.getVersion() != expectedVersion) {
                throw new StaleEditException("error.genogram.lineStale", current);
            }
            checkRelation(current.getCaseId(), current.getDiagram(), current.getFromId(), current.getToId(), type,
                    relationId);
            current.change(type, force, text);
            try {
                return relations.save(current);
            } catch (OptimisticLockingFailureException e) {
                throw new StaleEditException("error.genogram.lineStale", findRelation(relationId));
            }
        });
        events.publishEvent(new RelationChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    public void removeRelation(Actor actor, String relationId) {
        Relation relation = findRelation(relationId);
        access.checkOwnOrModerate(actor, relation.getCaseId(), relation.getAuthorId());
        relations.deleteById(relationId);
        events.publishEvent(new RelationChanged(relation.getCaseId(), ChangeKind.REMOVED, relation));
    }

    // ---- events on persons ---------------------------------------------------------------

    @nl.reflectiewerkplaats.access.Addition
    public LifeEvent addEvent(Actor actor, String personId, LifeEventKind kind, LocalDate date, String text) {
        Person person = findPerson(personId);
        access.check(actor, person.getCaseId(), CaseAction.CONTRIBUTE);
        if (kind == null) {
            throw new InvalidInputException("error.genogram.eventKind");
        }
        if (date == null || date.getYear() < Person.MIN_YEAR || date.isAfter(DutchTime.today(clock).plusYears(5))) {
            throw new InvalidInputException("error.genogram.eventDate");
        }
        String body = Texts.optional(text, LifeEvent.TEXT_MAX_LENGTH, "field.genogramEventText");
        LifeEvent saved = locked(person.getCaseId(), () -> {
            findPerson(personId);
            return lifeEvents.save(new LifeEvent(person.getCaseId(), personId, kind, date, body, actor.id(),
                    clock.instant()));
        });
        events.publishEvent(new LifeEventChanged(saved.getCaseId(), ChangeKind.ADDED, saved));
        return saved;
    }

    public void removeEvent(Actor actor, String eventId) {
        LifeEvent event = findEvent(eventId);
        access.checkOwnOrModerate(actor, event.getCaseId(), event.getAuthorId());
        lifeEvents.deleteById(eventId);
        events.publishEvent(new LifeEventChanged(event.getCaseId(), ChangeKind.REMOVED, event));
    }

    /** Whether a timeline is present to place events on. */
    public boolean timelineAvailable() {
        return timeline.getIfAvailable() != null;
    }

    /**
     * Places a person's event on the case's timeline as a linked event, and keeps the
     * link. Placing it again changes nothing: the event is linked, not copied twice.
     *
     * @param title the title for the timeline, e.g. "Oma moederszijde: overleden"
     */
    public LifeEvent placeOnTimeline(Actor actor, String eventId, String meetingId, String title) {
        LifeEvent event = findEvent(eventId);
        access.check(actor, event.getCaseId(), CaseAction.CONTRIBUTE);
        TimelinePlacement placement = timeline.getIfAvailable();
        if (placement == null) {
            throw new InvalidInputException("error.genogram.noTimeline");
        }
        String heading = Texts.required(title, 200, "field.genogramEventText");
        LifeEvent saved = locked(event.getCaseId(), () -> {
            LifeEvent current = findEvent(eventId);
            if (current.getTimelineEventId() != null) {
                return current;
            }
            String linked = placement.place(actor, current.getCaseId(), meetingId, current.getDate(), heading,
                    current.getText(), current.getId()).orElseThrow(
                    () -> new InvalidInputException("error.genogram.timelineRefused"));
            current.linkToTimeline(linked);
            return lifeEvents.save(current);
        });
        events.publishEvent(new LifeEventChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    // ---- rules ---------------------------------------------------------------------------

    private PersonDetails check(PersonDetails d) {
        if (d == null || d.shape() == null) {
            throw new InvalidInputException("error.genogram.shapeRequired");
        }
        String name = Texts.required(d.name(), Person.NAME_MAX_LENGTH, "field.genogramName");
        int year = DutchTime.today(clock).getYear();
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

    private static int checkStrength(RelationType type, int strength) {
        if (type.category() != Category.FORCE) {
            return 0;
        }
        if (strength < 1 || strength > Relation.MAX_STRENGTH) {
            throw new InvalidInputException("error.genogram.strength", Relation.MAX_STRENGTH);
        }
        return strength;
    }

    /** All rules for a line between two persons; {@code ignoreId} is the line being changed. */
    private void checkRelation(String caseId, DiagramKind kind, String fromId, String toId, RelationType type,
                               String ignoreId) {
        if (fromId == null || toId == null) {
            throw new InvalidInputException("error.genogram.endsRequired");
        }
        if (fromId.equals(toId)) {
            throw new InvalidInputException("error.genogram.selfLine");
        }
        Person from = personOf(caseId, kind, fromId);
        Person to = personOf(caseId, kind, toId);
        if (!type.allowedIn(kind)) {
            throw new InvalidInputException("error.genogram.wrongDiagram");
        }
        checkLayers(type, from.professionalLayer(), to.professionalLayer());
        List<Relation> all = relations.findByCaseIdAndDiagram(caseId, kind).stream()
                .filter(r -> !r.getId().equals(ignoreId)).toList();
        for (Relation r : all) {
            boolean samePair = r.touches(fromId) && r.touches(toId);
            if (samePair && (r.getType() == type || type.category().family()
                    && r.getType().category() == type.category())) {
                throw new InvalidInputException("error.genogram.duplicate");
            }
        }
        if (type.category() == Category.PARENT) {
            Map<String, List<String>> parentsOf = new HashMap<>();
            for (Relation r : all) {
                if (r.getType().category() == Category.PARENT) {
                    parentsOf.computeIfAbsent(r.getToId(), k -> new ArrayList<>()).add(r.getFromId());
                }
            }
            // the child may not be the parent's ancestor (nor the parent itself)
            Deque<String> todo = new ArrayDeque<>(List.of(fromId));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (next.equals(toId)) {
                    throw new InvalidInputException("error.genogram.ancestorCycle", to.getName(), from.getName());
                }
                if (seen.add(next)) {
                    todo.addAll(parentsOf.getOrDefault(next, List.of()));
                }
            }
            if (type == RelationType.PARENT_BIOLOGICAL && all.stream().filter(r -> r.getToId().equals(toId)
                    && r.getType() == RelationType.PARENT_BIOLOGICAL).count() >= 2) {
                throw new InvalidInputException("error.genogram.twoParents", to.getName());
            }
        }
    }

    private static void checkLayers(RelationType type, boolean fromProfessional, boolean toProfessional) {
        if (type.category().family() && (fromProfessional || toProfessional)) {
            throw new InvalidInputException("error.genogram.familyOnly");
        }
        if (type.category() == Category.PROFESSIONAL && !fromProfessional && !toProfessional) {
            throw new InvalidInputException("error.genogram.professionalEnd");
        }
    }

    /** A person of this diagram; a removed one (or one of another case) is gone. */
    private Person personOf(String caseId, DiagramKind kind, String id) {
        return persons.findById(id).filter(p -> p.getCaseId().equals(caseId) && p.getDiagram() == kind)
                .orElseThrow(() -> new NotFoundException("error.genogram.personGone"));
    }

    /**
     * A family line that ties a person who is not yet placed (no other family line,
     * never moved by hand) to someone: that person alone moves to where the tidy
     * layout puts them relative to the other (a child below the parent, a partner or
     * sibling beside), on a free spot. Nobody else moves.
     */
    private Map<String, Point> placeLooseEnd(String caseId, DiagramKind kind, Relation added) {
        Category category = added.getType().category();
        if (kind != DiagramKind.GENOGRAM
                || (category != Category.PARENT && category != Category.PARTNER && category != Category.SIBLING)) {
            return Map.of();
        }
        List<Person> people = persons.findByCaseIdAndDiagram(caseId, kind);
        List<Relation> lines = relations.findByCaseIdAndDiagram(caseId, kind);
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
        Map<String, Point> tidy = TidyLayout.compute(kind, people, lines, DutchTime.today(clock).getYear());
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
        x = place.x();
        y = place.y();
        if (x == loose.getX() && y == loose.getY()) {
            return Map.of();
        }
        mongo.updateFirst(query(where("id").is(loose.getId())), placeOnly().set("x", x).set("y", y), Person.class);
        return Map.of(loose.getId(), new Point(x, y));
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

    private Point freePlace(String caseId, DiagramKind kind, PersonDetails details) {
        Shape shape = details.shape();
        List<Person> people = persons.findByCaseIdAndDiagram(caseId, kind);
        if (people.isEmpty()) {
            return new Point(0, 0);
        }
        Integer born = details.birthYear() != null ? details.birthYear()
                : details.age() != null ? DutchTime.today(clock).getYear() - details.age() : null;
        if (kind == DiagramKind.GENOGRAM && !shape.professionalLayer() && born != null) {
            // by generation: in the row of the one nearest in age, a row per 25 years apart
            Person nearest = people.stream().filter(p -> !p.professionalLayer() && bornIn(p) != null)
                    .min(Comparator.comparingInt((Person p) -> Math.abs(bornIn(p) - born))).orElse(null);
            if (nearest != null) {
                long rows = Math.round((born - bornIn(nearest)) / 25.0);
                double y = nearest.getY() + rows * TidyLayout.ROW;
                double x = people.stream().filter(p -> !p.professionalLayer() && Math.abs(p.getY() - y) < TidyLayout.ROW / 2)
                        .mapToDouble(Person::getX).max().stream().map(right -> right + TidyLayout.SPACING).findFirst()
                        .orElse(nearest.getX());
                for (int i = 0; i < 60 && occupied(people, "", x, y); i++) {
                    x += TidyLayout.SPACING;
                }
                return new Point(x, y);
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

    private Integer bornIn(Person p) {
        return p.getBirthYear() != null ? p.getBirthYear()
                : p.getAge() != null ? DutchTime.today(clock).getYear() - p.getAge() : null;
    }

    /**
     * An update of a person's place only. Naming the version (with +0) stops the
     * template from raising it, so a move never makes someone's open edit stale.
     */
    private static Update placeOnly() {
        return new Update().inc("version", 0);
    }

    private <T> T locked(String caseId, Supplier<T> work) {
        ReentrantLock lock = caseLocks.computeIfAbsent(caseId, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private Person findPerson(String id) {
        return Optional.ofNullable(id).flatMap(persons::findById)
                .orElseThrow(() -> new NotFoundException("error.genogram.personGone"));
    }

    private Relation findRelation(String id) {
        return Optional.ofNullable(id).flatMap(relations::findById)
                .orElseThrow(() -> new NotFoundException("error.genogram.lineGone"));
    }

    private LifeEvent findEvent(String id) {
        return Optional.ofNullable(id).flatMap(lifeEvents::findById)
                .orElseThrow(() -> new NotFoundException("error.genogram.eventGone"));
    }
}
