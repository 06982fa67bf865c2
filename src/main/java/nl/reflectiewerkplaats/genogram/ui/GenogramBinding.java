package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.genogram.Diagram;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.LifeEventChanged;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonChanged;
import nl.reflectiewerkplaats.genogram.PersonDragged;
import nl.reflectiewerkplaats.genogram.Point;
import nl.reflectiewerkplaats.genogram.PositionsChanged;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationChanged;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.live.ui.LiveItems;

/**
 * The diagram binding of the genogram panel: what the panel knows of the open diagram,
 * kept current by one's own saves and by live changes, and drawn on the
 * {@link GenogramDiagram} one change at a time; the forms and the list hear of the
 * changes.
 */
final class GenogramBinding implements Serializable {

    /**
     * Whose diagram it is and who looks at it.
     *
     * @param meetingId the meeting it is used in, or null on the case page
     */
    record Session(GenogramService service, Actor actor, String caseId, String meetingId, GenogramJson json)
            implements Serializable {
    }

    private final Session session;
    private final GenogramService service;
    private final GenogramJson json;
    private final GenogramDiagram diagram = new GenogramDiagram();
    private final LiveItems<Person> persons = new LiveItems<>(Person::getId, Person::getVersion);
    private final LiveItems<Relation> relations = new LiveItems<>(Relation::getId, Relation::getVersion);
    private final Map<String, LifeEvent> events = new LinkedHashMap<>();
    /** Where each person stands now: moves arrive without the rest of the person. */
    private final Map<String, Point> places = new HashMap<>();
    private DiagramKind kind = DiagramKind.GENOGRAM;
    private GenogramPersonForm personForm;
    private GenogramLineForm lineForm;
    private SerializableRunnable listsChanged;

    GenogramBinding(Session session) {
        this.session = session;
        this.service = session.service();
        this.json = session.json();
    }

    /**
     * @param listsChanged refreshes what lists persons or lines (the list, the choices of persons)
     */
    void informs(GenogramPersonForm personForm, GenogramLineForm lineForm, SerializableRunnable listsChanged) {
        this.personForm = personForm;
        this.lineForm = lineForm;
        this.listsChanged = listsChanged;
    }

    Session session() {
        return session;
    }

    GenogramDiagram diagram() {
        return diagram;
    }

    DiagramKind kind() {
        return kind;
    }

    void setKind(DiagramKind kind) {
        this.kind = kind;
    }

    // ---- loading ---------------------------------------------------------------------------

    /** Reads the diagram of the current kind afresh; {@link #draw} shows it. */
    Diagram load() {
        Diagram d = service.open(session.actor(), session.caseId(), kind);
        persons.reset(d.persons());
        relations.reset(d.relations());
        events.clear();
        places.clear();
        d.persons().forEach(p -> places.put(p.getId(), new Point(p.getX(), p.getY())));
        d.events().forEach(e -> events.put(e.getId(), e));
        return d;
    }

    void draw(Diagram d, String title) {
        diagram.setData(json.diagramTree(d, title, !session.actor().watcher()));
    }

    // ---- what is known -----------------------------------------------------------------------

    Person person(String id) {
        return persons.get(id);
    }

    List<Person> persons() {
        return persons.list();
    }

    Relation relation(String id) {
        return relations.get(id);
    }

    List<Relation> relations() {
        return relations.list();
    }

    String nameOf(String personId) {
        Person p = persons.get(personId);
        return p == null ? "?" : p.getName();
    }

    List<LifeEvent> eventsOf(String personId) {
        return events.values().stream().filter(e -> e.getPersonId().equals(personId))
                .sorted(Comparator.comparing(LifeEvent::getDate)).toList();
    }

    // ---- changes: one's own and live ---------------------------------------------------------

    /** One's own added or saved person, or one that arrived live. */
    void show(Person p) {
        apply(new PersonChanged(session.caseId(), ChangeKind.UPDATED, p));
    }

    void show(Relation r) {
        apply(new RelationChanged(session.caseId(), ChangeKind.UPDATED, r));
    }

    void show(LifeEvent e) {
        apply(new LifeEventChanged(session.caseId(), ChangeKind.UPDATED, e));
    }

    void removed(Relation r) {
        apply(new RelationChanged(session.caseId(), ChangeKind.REMOVED, r));
    }

    void apply(PersonChanged e) {
        if (e.person().getDiagram() == kind && persons.apply(e.kind(), e.person(), p -> {
            places.put(p.getId(), new Point(p.getX(), p.getY()));
            diagram.upsertPerson(json.person(p, eventsOf(p.getId())));
            personForm.changedElsewhere(p);
        }, p -> {
            diagram.removePerson(p.getId());
            personForm.removedElsewhere(p.getId());
        })) {
            listsChanged.run();
        }
    }

    void apply(RelationChanged e) {
        if (e.relation().getDiagram() == kind && relations.apply(e.kind(), e.relation(),
                r -> diagram.upsertRelation(json.relation(r)),
                r -> {
                    diagram.removeRelation(r.getId());
                    lineForm.removedElsewhere(r.getId());
                })) {
            listsChanged.run();
        }
    }

    void apply(LifeEventChanged e) {
        LifeEvent event = e.event();
        Person p = persons.get(event.getPersonId());
        if (p == null) {
            return;
        }
        if (e.kind() == ChangeKind.REMOVED) {
            events.remove(event.getId());
        } else {
            events.put(event.getId(), event);
        }
        diagram.upsertPerson(json.person(p, eventsOf(p.getId()), places.get(p.getId())));
        personForm.eventsChanged(p.getId());
    }

    void apply(PositionsChanged e) {
        if (e.diagram() == kind) {
            places.putAll(e.positions());
            diagram.movePersons(json.positions(e.positions()));
        }
    }

    void apply(PersonDragged e) {
        if (e.diagram() == kind && persons.contains(e.personId())) {
            diagram.setDragging(e.personId(), e.dragging() ? e.actorName() : null);
        }
    }

    /** A move the store refused (e.g. too far out): the person goes back to where it is stored. */
    void moveBack(String personId) {
        if (places.containsKey(personId)) {
            diagram.movePersons(json.positions(Map.of(personId, places.get(personId))));
        }
    }
}
