package nl.reflectiewerkplaats.genogram;

import lombok.RequiredArgsConstructor;
import static nl.reflectiewerkplaats.genogram.GenogramPlaces.bounded;
import static nl.reflectiewerkplaats.genogram.GenogramPlaces.placeOnly;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StoreLocks;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.genogram.GenogramRules.LineInput;
import nl.reflectiewerkplaats.instrument.history.ChangeJournal;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The geno-sociogram and the krachtenveld of a case (werkkaart 4): one of each per
 * case, lasting across its meetings, prepared by the facilitator and completed
 * together. Persons, lines and events are stored documents; every change is stored
 * first and then published on the live path.
 *
 * <p>The relation rules ({@link GenogramRules}) are checked here, under one lock per case so that two people
 * adding lines at once cannot together make someone their own ancestor, and a line
 * is never stored to a person who is being removed.
 */
@Service
@RequiredArgsConstructor
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
    private final CaseSupport support;
    private final ObjectProvider<TimelinePlacement> timeline;
    private final StoreLocks storeLocks;
    private final ChangeJournal history;
    private final Map<String, ReentrantLock> caseLocks = new ConcurrentHashMap<>();

    /** The whole diagram, to open it. */
    public Diagram open(Actor actor, String caseId, DiagramKind kind) {
        support.access().check(actor, caseId, CaseAction.READ);
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

    @Addition
    public Person addPerson(Actor actor, String caseId, DiagramKind kind, PersonDetails details) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        PersonDetails checked = GenogramRules.check(details, support.today().getYear());
        Point place = bounded(GenogramPlaces.freePlace(persons.findByCaseIdAndDiagram(caseId, kind), kind, checked,
                support.today().getYear()));
        Person person = new Person(caseId, kind, checked, place.x(), place.y(), actor.id(), support.now());
        person.addedBy(actor.displayName());
        Person saved = persons.save(person);
        history.record(actor, caseId, null, GenogramHistory.person(null, saved));
        support.publish(new PersonChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    /**
     * Changes what is said about a person (not its place). {@code expectedVersion} is
     * the version the editor started from; if someone changed the person since,
     * nothing is written and a {@link StaleEditException} carries the current person.
     */
    public Person editPerson(Actor actor, String personId, long expectedVersion, PersonDetails details) {
        Person current = findPerson(personId);
        support.access().check(actor, current.getCaseId(), CaseAction.CONTRIBUTE);
        Object[] before = new Object[1];
        PersonDetails checked = GenogramRules.check(details, support.today().getYear());
        Person saved = locked(current.getCaseId(), () -> {
            if (checked.shape().professionalLayer() != current.professionalLayer()) {
                // a person cannot leave the family while family lines hang on them (or the reverse)
                for (Relation r : relations.findByFromIdOrToId(personId, personId)) {
                    Person other = findPerson(r.getFromId().equals(personId) ? r.getToId() : r.getFromId());
                    boolean meProfessional = checked.shape().professionalLayer();
                    GenogramRules.checkLayers(r.getType(), meProfessional, other.professionalLayer());
                }
            }
            before[0] = history.snapshot(findPerson(personId));
            Update update = new Update().set("shape", checked.shape()).set("name", checked.name())
                    .set("birthYear", checked.birthYear()).set("age", checked.age())
                    .set("deceased", checked.deceased()).set("indexPerson", checked.indexPerson())
                    .set("household", checked.household()).set("note", checked.note())
                    .set("changedByName", actor.displayName()).set("updatedAt", support.now()).inc("version", 1);
            long matched = mongo.updateFirst(query(where("id").is(personId).and("version").is(expectedVersion)),
                    update, Person.class).getMatchedCount();
            if (matched == 0) {
                throw new StaleEditException("error.genogram.personStale", findPerson(personId));
            }
            return findPerson(personId);
        });
        history.record(actor, saved.getCaseId(), null, GenogramHistory.person(before[0], saved));
        support.publish(new PersonChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    /**
     * Moves one person: writes only its place, so moves of different persons never
     * conflict, and a move never undoes someone's edit of the details.
     */
    public Point movePerson(Actor actor, String personId, double x, double y) {
        Person person = findPerson(personId);
        support.access().check(actor, person.getCaseId(), CaseAction.CONTRIBUTE);
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
            throw new InvalidInputException("error.genogram.position");
        }
        Point to = new Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0);
        long matched = mongo.updateFirst(query(where("id").is(personId)),
                placeOnly().set("x", to.x()).set("y", to.y()).set("placedByHand", true), Person.class).getMatchedCount();
        if (matched == 0) {
            throw new NotFoundException("error.genogram.personGone");
        }
        support.publish(new PositionsChanged(person.getCaseId(), person.getDiagram(), Map.of(personId, to),
                actor.id()));
        return to;
    }

    /** Tells the others that the actor started or stopped dragging a person; nothing is stored. */
    public void signalDrag(Actor actor, String personId, boolean dragging) {
        Person person = findPerson(personId);
        support.access().check(actor, person.getCaseId(), CaseAction.CONTRIBUTE);
        support.publish(new PersonDragged(person.getCaseId(), person.getDiagram(), personId, actor.id(),
                actor.displayName(), dragging));
    }

    /** Removes a person with their lines and events (author or facilitator). */
    public void removePerson(Actor actor, String personId) {
        Person person = findPerson(personId);
        support.access().checkOwnOrModerate(actor, person);
        List<Relation> lines = new ArrayList<>();
        List<LifeEvent> dated = new ArrayList<>();
        List<DocumentChange> removed = new ArrayList<>();
        locked(person.getCaseId(), () -> {
            lines.addAll(relations.findByFromIdOrToId(personId, personId));
            dated.addAll(lifeEvents.findByPersonId(personId));
            lines.forEach(r -> removed.add(GenogramHistory.relation(r, null, relationLabel(r))));
            dated.forEach(e -> removed.add(GenogramHistory.lifeEvent(e, null, person.getName())));
            removed.add(GenogramHistory.person(findPerson(personId), null));
            relations.deleteAll(lines);
            lifeEvents.deleteAll(dated);
            persons.deleteById(personId);
            return null;
        });
        history.record(actor, person.getCaseId(), null, removed);
        lines.forEach(r -> support.publish(new RelationChanged(person.getCaseId(), ChangeKind.REMOVED, r)));
        dated.forEach(e -> support.publish(new LifeEventChanged(person.getCaseId(), ChangeKind.REMOVED, e)));
        support.publish(new PersonChanged(person.getCaseId(), ChangeKind.REMOVED, person));
    }

    /**
     * The tidy layout by generation, as one action (the facilitator's): stores the new
     * places and sends them to everyone at once. Persons moved by hand keep their x
     * where that leaves room.
     */
    public Map<String, Point> tidyUp(Actor actor, String caseId, DiagramKind kind) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        Map<String, Point> changed = new HashMap<>();
        locked(caseId, () -> {
            List<Person> people = persons.findByCaseIdAndDiagram(caseId, kind);
            Map<String, Point> places = TidyLayout.compute(kind, people, relations.findByCaseIdAndDiagram(caseId, kind),
                    support.today().getYear());
            // one write for all places (each person's own x/y only)
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Person.class);
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
            support.publish(new PositionsChanged(caseId, kind, changed, actor.id()));
        }
        return changed;
    }

    // ---- lines ---------------------------------------------------------------------------

    /**
     * Adds a line. For parent–child lines {@code fromId} is the parent; for care the
     * giver; for a force its source. {@code strength} (1–3) counts for forces only.
     */
    @Addition
    public Relation addRelation(Actor actor, String caseId, DiagramKind kind, String fromId, String toId,
                                RelationType type, int strength, String note) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        LineInput line = LineInput.of(type, strength, note);
        Map<String, Point> placed = new HashMap<>();
        Relation saved = locked(caseId, () -> {
            checkRelation(caseId, kind, fromId, toId, type, null);
            Relation relation = new Relation(caseId, kind, fromId, toId, type, line.strength(), line.note(),
                    actor.id(), support.now());
            relation.touched(actor.displayName(), support.now());
            Relation added = relations.save(relation);
            placed.putAll(placeLooseEnd(caseId, kind, added));
            return added;
        });
        history.record(actor, caseId, null, GenogramHistory.relation(null, saved, relationLabel(saved)));
        support.publish(new RelationChanged(caseId, ChangeKind.ADDED, saved));
        if (!placed.isEmpty()) {
            support.publish(new PositionsChanged(caseId, kind, placed, actor.id()));
        }
        return saved;
    }

    /** Changes a line's kind, strength or note, against the version the editor started from. */
    public Relation editRelation(Actor actor, String relationId, long expectedVersion, RelationType type, int strength,
                                 String note) {
        Relation relation = findRelation(relationId);
        support.access().check(actor, relation.getCaseId(), CaseAction.CONTRIBUTE);
        LineInput line = LineInput.of(type, strength, note);
        Object[] before = new Object[1];
        Relation saved = locked(relation.getCaseId(), () -> {
            Relation current = findRelation(relationId);
            if (current.getVersion() != expectedVersion) {
                throw new StaleEditException("error.genogram.lineStale", current);
            }
            checkRelation(current.getCaseId(), current.getDiagram(), current.getFromId(), current.getToId(), type,
                    relationId);
            before[0] = history.snapshot(current);
            current.change(type, line.strength(), line.note());
            current.touched(actor.displayName(), support.now());
            try {
                return relations.save(current);
            } catch (OptimisticLockingFailureException e) {
                throw new StaleEditException("error.genogram.lineStale", findRelation(relationId));
            }
        });
        history.record(actor, saved.getCaseId(), null, GenogramHistory.relation(before[0], saved, relationLabel(saved)));
        support.publish(new RelationChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    public void removeRelation(Actor actor, String relationId) {
        Relation relation = findRelation(relationId);
        support.access().checkOwnOrModerate(actor, relation);
        relations.deleteById(relationId);
        history.record(actor, relation.getCaseId(), null, GenogramHistory.relation(relation, null,
                relationLabel(relation)));
        support.publish(new RelationChanged(relation.getCaseId(), ChangeKind.REMOVED, relation));
    }

    // ---- events on persons ---------------------------------------------------------------

    @Addition
    public LifeEvent addEvent(Actor actor, String personId, LifeEventKind kind, LocalDate date, String text) {
        Person person = findPerson(personId);
        support.access().check(actor, person.getCaseId(), CaseAction.CONTRIBUTE);
        if (kind == null) {
            throw new InvalidInputException("error.genogram.eventKind");
        }
        if (date == null || date.getYear() < Person.MIN_YEAR || date.isAfter(support.today().plusYears(5))) {
            throw new InvalidInputException("error.genogram.eventDate");
        }
        String body = Texts.optional(text, LifeEvent.TEXT_MAX_LENGTH, "field.genogramEventText");
        LifeEvent saved = locked(person.getCaseId(), () -> {
            findPerson(personId);
            return lifeEvents.save(new LifeEvent(person.getCaseId(), personId, kind, date, body, actor.id(),
                    support.now()));
        });
        history.record(actor, saved.getCaseId(), null, GenogramHistory.lifeEvent(null, saved, person.getName()));
        support.publish(new LifeEventChanged(saved.getCaseId(), ChangeKind.ADDED, saved));
        return saved;
    }

    public void removeEvent(Actor actor, String eventId) {
        LifeEvent event = findEvent(eventId);
        support.access().checkOwnOrModerate(actor, event);
        lifeEvents.deleteById(eventId);
        history.record(actor, event.getCaseId(), null, GenogramHistory.lifeEvent(event, null,
                persons.findById(event.getPersonId()).map(Person::getName).orElse("")));
        support.publish(new LifeEventChanged(event.getCaseId(), ChangeKind.REMOVED, event));
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
        support.access().check(actor, event.getCaseId(), CaseAction.CONTRIBUTE);
        TimelinePlacement placement = timeline.getIfAvailable();
        if (placement == null) {
            throw new InvalidInputException("error.genogram.noTimeline");
        }
        String heading = Texts.required(title, 200, "field.genogramEventText");
        Object[] before = new Object[1];
        LifeEvent saved = locked(event.getCaseId(), () -> {
            LifeEvent current = findEvent(eventId);
            if (current.getTimelineEventId() != null) {
                return current;
            }
            String linked = placement.place(actor, current.getCaseId(), meetingId, current.getDate(), heading,
                    current.getText(), current.getId()).orElseThrow(
                    () -> new InvalidInputException("error.genogram.timelineRefused"));
            before[0] = history.snapshot(current);
            current.linkToTimeline(linked);
            return lifeEvents.save(current);
        });
        if (before[0] != null) {
            history.record(actor, saved.getCaseId(), meetingId, GenogramHistory.lifeEvent(before[0], saved,
                    persons.findById(saved.getPersonId()).map(Person::getName).orElse("")));
        }
        support.publish(new LifeEventChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    /** What the history says of a line: the names at its two ends. */
    private String relationLabel(Relation r) {
        return persons.findById(r.getFromId()).map(Person::getName).orElse("?") + " – "
                + persons.findById(r.getToId()).map(Person::getName).orElse("?");
    }

    /** Moves a person not yet placed that the added line ties to someone (see {@link GenogramPlaces#looseEnd}). */
    private Map<String, Point> placeLooseEnd(String caseId, DiagramKind kind, Relation added) {
        if (!GenogramPlaces.placesLooseEnd(kind, added.getType())) {
            return Map.of();
        }
        Map<String, Point> moved = GenogramPlaces.looseEnd(kind, persons.findByCaseIdAndDiagram(caseId, kind),
                relations.findByCaseIdAndDiagram(caseId, kind), added, support.today().getYear());
        moved.forEach((id, to) -> mongo.updateFirst(query(where("id").is(id)),
                placeOnly().set("x", to.x()).set("y", to.y()), Person.class));
        return moved;
    }

    /** The rules for a line ({@link GenogramRules}); {@code ignoreId} is the line being changed. */
    private void checkRelation(String caseId, DiagramKind kind, String fromId, String toId, RelationType type,
                               String ignoreId) {
        GenogramRules.checkRelation(kind, fromId, toId, type, id -> personOf(caseId, kind, id),
                () -> relations.findByCaseIdAndDiagram(caseId, kind).stream()
                        .filter(r -> !r.getId().equals(ignoreId)).toList());
    }

    /** A person of this diagram; a removed one (or one of another case) is gone. */
    private Person personOf(String caseId, DiagramKind kind, String id) {
        return persons.findById(id).filter(p -> p.getCaseId().equals(caseId) && p.getDiagram() == kind)
                .orElseThrow(() -> new NotFoundException("error.genogram.personGone"));
    }

    /**
     * One check-then-store at a time per case: on this node (a plain lock, so its own
     * requests queue without asking the store) and across nodes (a lock in the store).
     */
    private <T> T locked(String caseId, Supplier<T> work) {
        ReentrantLock lock = caseLocks.computeIfAbsent(caseId, id -> new ReentrantLock());
        lock.lock();
        try {
            return storeLocks.withLock("genogram:" + caseId, work);
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
