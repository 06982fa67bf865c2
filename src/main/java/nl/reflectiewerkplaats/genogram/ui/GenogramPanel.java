package nl.reflectiewerkplaats.genogram.ui;

import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.genogram.Diagram;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.LifeEventChanged;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonChanged;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.PersonDragged;
import nl.reflectiewerkplaats.genogram.PositionsChanged;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationChanged;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.base.DutchTime;
import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Locale;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.genogram.Point;

/**
 * Werkkaart 4: the case's geno-sociogram (or its krachtenveld), drawn live for
 * everyone, with a form and a list of all persons and lines beside it (the accessible
 * way to read and change everything). Changes by others arrive one at a time and
 * touch only what changed.
 */
public class GenogramPanel extends Div {

    private final GenogramService service;
    private final Actor actor;
    private final String caseId;
    private final String meetingId;
    private final boolean moderator;
    private final String caseName;
    private final GenogramJson json;
    private final GenogramDiagram diagram = new GenogramDiagram();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private final Map<String, LifeEvent> events = new LinkedHashMap<>();
    /** Where each person stands now: moves arrive without the rest of the person. */
    private final Map<String, Point> places = new HashMap<>();
    private final Checkbox professionals = new Checkbox();
    private final UnorderedList personList = new UnorderedList();
    private final UnorderedList lineList = new UnorderedList();
    private final PersonForm personForm = new PersonForm();
    private final LineForm lineForm = new LineForm();
    private DiagramKind kind = DiagramKind.GENOGRAM;

    /**
     * @param meetingId the meeting it is used in, or null on the case page (preparation)
     * @param caseName  the case's pseudonym, for the title of an export
     */
    public GenogramPanel(GenogramService service, CaseBroadcaster broadcaster, Actor actor, String caseId,
                         String meetingId, boolean moderator, String caseName) {
        this.service = service;
        this.actor = actor;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.moderator = moderator;
        this.caseName = caseName;
        this.json = new GenogramJson(this::getTranslation);
        addClassName("rw-genogram-panel");

        Span kicker = new Span(getTranslation("cards.werkkaartNumber", 4));
        kicker.addClassName("rw-kicker");
        Paragraph intro = new Paragraph(getTranslation("genogram.intro"));
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("genogram.source"));
        source.addClassName("rw-source");

        RadioButtonGroup<DiagramKind> which = new RadioButtonGroup<>(getTranslation("genogram.kindLabel"));
        which.setItems(DiagramKind.values());
        which.setItemLabelGenerator(k -> getTranslation("genogram.kind." + k.name()));
        which.setValue(kind);
        which.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                kind = e.getValue();
                reload();
            }
        });
        professionals.setLabel(getTranslation("genogram.showProfessionals"));
        professionals.setValue(true);
        professionals.addValueChangeListener(e -> diagram.setLayerVisible(e.getValue()));
        Span grow = new Span();
        grow.addClassName("rw-grow");
        Div toolbar = new Div(which, professionals, grow);
        toolbar.addClassName("rw-genogram-toolbar");
        if (moderator) {
            Button tidy = new Button(getTranslation("genogram.tidy"), VaadinIcon.GRID_SMALL.create(), e -> {
                Messages.attempt(this, () -> service.tidyUp(actor, caseId, kind).size(),
                        count -> Messages.showSuccess(getTranslation("genogram.tidied", count)));
            });
            tidy.setTooltipText(getTranslation("genogram.tidyHelp"));
            toolbar.add(tidy);
        }

        diagram.setWidthFull();
        diagram.addSelectListener((what, id) -> {
            if ("person".equals(what) && persons.containsKey(id)) {
                select(persons.get(id));
            } else if ("relation".equals(what) && relations.containsKey(id)) {
                lineForm.edit(relations.get(id));
            }
        });
        diagram.addMoveListener(move -> {
            if (!actor.watcher()) {
                if (!Messages.attempt(this, () -> service.movePerson(actor, move.personId(), move.to().x(), move.to().y()))
                        && places.containsKey(move.personId())) {
                    // refused (e.g. too far out): the person goes back to where it is stored
                    diagram.movePersons(json.positions(Map.of(move.personId(), places.get(move.personId()))));
                }
            }
        });
        diagram.addDragListener((id, dragging) -> {
            if (!actor.watcher()) {
                Messages.attempt(this, () -> service.signalDrag(actor, id, dragging));
            }
        });

        Div editor = new Div(personForm, lineForm);
        editor.addClassName("rw-genogram-editor");
        Div list = new Div(new H4(getTranslation("genogram.list")), hint(getTranslation("genogram.listHelp")),
                new H4(getTranslation("genogram.persons")), personList, new H4(getTranslation("genogram.lines")), lineList);
        list.addClassName("rw-genogram-list");
        Div lower = new Div(editor, list);
        lower.addClassName("rw-genogram-lower");
        if (actor.watcher()) {
            editor.setVisible(false);
        }
        add(kicker, new H3(getTranslation("genogram.title")), intro, toolbar, diagram, lower, source);

        LiveUpdates.bind(this, broadcaster, caseId, actor, PersonChanged.class, this::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, RelationChanged.class, this::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, LifeEventChanged.class, this::apply);
        LiveUpdates.bind(this, broadcaster, caseId, actor, PositionsChanged.class, e -> {
            if (e.diagram() == kind) {
                places.putAll(e.positions());
                diagram.movePersons(json.positions(e.positions()));
            }
        });
        LiveUpdates.bind(this, broadcaster, caseId, actor, PersonDragged.class, e -> {
            if (e.diagram() == kind && persons.containsKey(e.personId())) {
                diagram.setDragging(e.personId(), e.dragging() ? e.actorName() : null);
            }
        });
        // a hidden tab is detached and misses changes meanwhile: load afresh on every attach
        addAttachListener(e -> reload());
    }

    /** The diagram kind shown now. */
    public DiagramKind kind() {
        return kind;
    }

    private void reload() {
        Diagram d = service.open(actor, caseId, kind);
        persons.clear();
        relations.clear();
        events.clear();
        places.clear();
        d.persons().forEach(p -> {
            persons.put(p.getId(), p);
            places.put(p.getId(), new Point(p.getX(), p.getY()));
        });
        d.relations().forEach(r -> relations.put(r.getId(), r));
        d.events().forEach(e -> events.put(e.getId(), e));
        professionals.setVisible(kind == DiagramKind.GENOGRAM);
        diagram.setLayerVisible(kind != DiagramKind.GENOGRAM || professionals.getValue());
        diagram.setData(json.diagram(d, getTranslation("genogram.kind." + kind.name()) + " · " + caseName,
                !actor.watcher()));
        personForm.startNew();
        lineForm.startNew();
        refreshLists();
    }

    // ---- live changes ----------------------------------------------------------------------

    private void apply(PersonChanged e) {
        Person p = e.person();
        if (p.getDiagram() != kind) {
            return;
        }
        if (e.kind() == ChangeKind.REMOVED) {
            if (persons.remove(p.getId()) != null) {
                diagram.removePerson(p.getId());
                personForm.removedElsewhere(p.getId());
            }
        } else {
            Person known = persons.get(p.getId());
            if (known != null && known.getVersion() > p.getVersion()) {
                return;
            }
            persons.put(p.getId(), p);
            places.put(p.getId(), new Point(p.getX(), p.getY()));
            diagram.upsertPerson(json.person(p, eventsOf(p.getId())));
            personForm.changedElsewhere(p);
        }
        refreshLists();
    }

    private void apply(RelationChanged e) {
        Relation r = e.relation();
        if (r.getDiagram() != kind) {
            return;
        }
        if (e.kind() == ChangeKind.REMOVED) {
            if (relations.remove(r.getId()) != null) {
                diagram.removeRelation(r.getId());
                lineForm.removedElsewhere(r.getId());
            }
        } else {
            Relation known = relations.get(r.getId());
            if (known != null && known.getVersion() > r.getVersion()) {
                return;
            }
            relations.put(r.getId(), r);
            diagram.upsertRelation(json.relation(r));
        }
        refreshLists();
    }

    private void apply(LifeEventChanged e) {
        LifeEvent event = e.event();
        if (!persons.containsKey(event.getPersonId())) {
            return;
        }
        if (e.kind() == ChangeKind.REMOVED) {
            events.remove(event.getId());
        } else {
            events.put(event.getId(), event);
        }
        Person p = persons.get(event.getPersonId());
        diagram.upsertPerson(json.person(p, eventsOf(p.getId()), places.get(p.getId())));
        personForm.eventsChanged(p.getId());
    }

    private List<LifeEvent> eventsOf(String personId) {
        return events.values().stream().filter(e -> e.getPersonId().equals(personId))
                .sorted(Comparator.comparing(LifeEvent::getDate)).toList();
    }

    // ---- the list view ---------------------------------------------------------------------

    private void refreshLists() {
        personList.removeAll();
        List<Person> sorted = new ArrayList<>(persons.values());
        sorted.sort(Comparator.comparing(Person::professionalLayer).thenComparing(Person::getName,
                String.CASE_INSENSITIVE_ORDER));
        for (Person p : sorted) {
            Span label = new Span(describe(p));
            label.addClassName("rw-genogram-item");
            ListItem item = new ListItem(label);
            item.getElement().setAttribute("data-person-id", p.getId());
            if (!actor.watcher()) {
                Button edit = small(getTranslation("genogram.edit"), () -> select(p));
                edit.setAriaLabel(getTranslation("genogram.edit") + ": " + p.getName());
                item.add(edit);
            }
            personList.add(item);
        }
        if (sorted.isEmpty()) {
            personList.add(new ListItem(new Span(getTranslation("genogram.empty"))));
        }
        lineList.removeAll();
        List<Relation> lines = new ArrayList<>(relations.values());
        lines.sort(Comparator.comparing(Relation::getType).thenComparing(r -> nameOf(r.getFromId())));
        for (Relation r : lines) {
            Span label = new Span(lineText(r));
            label.addClassName("rw-genogram-item");
            ListItem item = new ListItem(label);
            item.getElement().setAttribute("data-relation-id", r.getId());
            if (!actor.watcher()) {
                Button edit = small(getTranslation("genogram.edit"), () -> lineForm.edit(r));
                edit.setAriaLabel(getTranslation("genogram.edit") + ": " + lineText(r));
                item.add(edit);
            }
            lineList.add(item);
        }
        if (lines.isEmpty()) {
            lineList.add(new ListItem(new Span(getTranslation("genogram.noLines"))));
        }
        lineForm.refreshPersons();
    }

    private String describe(Person p) {
        StringBuilder s = new StringBuilder(p.getName()).append(" · ")
                .append(getTranslation("genogram.shape." + p.getShape().name()));
        if (p.getBirthYear() != null) {
            s.append(" · ").append(p.getBirthYear());
        }
        if (p.getAge() != null) {
            s.append(" · ").append(getTranslation("genogram.ageYears", p.getAge()));
        }
        if (p.isDeceased()) {
            s.append(" · ").append(getTranslation("genogram.deceased"));
        }
        if (p.isIndexPerson()) {
            s.append(" · ").append(getTranslation("genogram.index"));
        }
        if (!p.getHousehold().isEmpty()) {
            s.append(" · ").append(getTranslation("genogram.household")).append(' ').append(p.getHousehold());
        }
        List<LifeEvent> its = eventsOf(p.getId());
        if (!its.isEmpty()) {
            s.append(" · ").append(json.eventShort(its));
        }
        return s.toString();
    }

    private String lineText(Relation r) {
        String text = getTranslation("genogram.type." + r.getType().name()) + ": "
                + getTranslation("genogram.lineBetween", nameOf(r.getFromId()), nameOf(r.getToId()));
        if (r.getType().category() == RelationType.Category.FORCE) {
            text += " (" + getTranslation("genogram.strength." + r.getStrength()) + ")";
        }
        return r.getNote().isEmpty() ? text : text + " · " + r.getNote();
    }

    private String nameOf(String personId) {
        Person p = persons.get(personId);
        return p == null ? "?" : p.getName();
    }

    private void select(Person p) {
        personForm.edit(p);
        diagram.setSelected(p.getId());
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("rw-genogram-hint");
        return p;
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    // ---- the person form -------------------------------------------------------------------

    /** Adds a person, or changes the selected one; with its events below. */
    private final class PersonForm extends Div {
        private final H4 heading = new H4();
        private final TextField name = new TextField(getTranslation("field.genogramName"));
        private final Select<Shape> shape = new Select<>();
        private final IntegerField birthYear = new IntegerField(getTranslation("field.genogramBirthYear"));
        private final IntegerField age = new IntegerField(getTranslation("field.genogramAge"));
        private final Checkbox deceased = new Checkbox(getTranslation("field.genogramDeceased"));
        private final Checkbox index = new Checkbox(getTranslation("field.genogramIndex"));
        private final TextField household = new TextField(getTranslation("field.genogramHousehold"));
        private final TextField note = new TextField(getTranslation("field.genogramNote"));
        private final Button save = new Button();
        private final Button remove = new Button(getTranslation("action.remove"));
        private final Button newOne = new Button(getTranslation("genogram.newPerson"));
        private final Div eventBox = new Div();
        private Person editing;

        PersonForm() {
            addClassName("rw-genogram-person-form");
            name.setMaxLength(Person.NAME_MAX_LENGTH);
            shape.setLabel(getTranslation("field.genogramShape"));
            shape.setItems(Shape.values());
            shape.setItemLabelGenerator(s -> getTranslation("genogram.shape." + s.name()));
            shape.setEmptySelectionAllowed(false);
            birthYear.setMin(Person.MIN_YEAR);
            birthYear.setMax(DutchTime.today().getYear());
            age.setMin(0);
            age.setMax(Person.MAX_AGE);
            household.setMaxLength(Person.HOUSEHOLD_MAX_LENGTH);
            household.setHelperText(getTranslation("field.genogramHouseholdHelp"));
            note.setMaxLength(Person.NOTE_MAX_LENGTH);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> confirmRemove());
            newOne.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            newOne.addClickListener(e -> {
                startNew();
                diagram.setSelected(null);
            });
            Div pair = new Div(birthYear, age);
            pair.addClassName("rw-genogram-pair");
            Div checks = new Div(deceased, index);
            Div buttons = new Div(save, remove, newOne);
            add(heading, name, shape, pair, checks, household, note, buttons, eventBox);
            startNew();
        }

        void startNew() {
            editing = null;
            heading.setText(getTranslation("genogram.newPerson"));
            name.clear();
            shape.setValue(kind == DiagramKind.FORCE_FIELD ? Shape.ORGANISATION : null);
            birthYear.clear();
            age.clear();
            deceased.clear();
            index.clear();
            household.clear();
            note.clear();
            household.setVisible(kind == DiagramKind.GENOGRAM);
            save.setText(getTranslation("genogram.addPerson"));
            remove.setVisible(false);
            newOne.setVisible(false);
            eventBox.setVisible(false);
        }

        void edit(Person p) {
            editing = p;
            heading.setText(getTranslation("genogram.editPerson") + ": " + p.getName());
            name.setValue(p.getName());
            shape.setValue(p.getShape());
            birthYear.setValue(p.getBirthYear());
            age.setValue(p.getAge());
            deceased.setValue(p.isDeceased());
            index.setValue(p.isIndexPerson());
            household.setValue(p.getHousehold());
            note.setValue(p.getNote());
            save.setText(getTranslation("action.save"));
            remove.setVisible(true);
            newOne.setVisible(true);
            eventBox.setVisible(true);
            renderEvents();
        }

        private PersonDetails details() {
            return new PersonDetails(shape.getValue(), name.getValue(), birthYear.getValue(), age.getValue(),
                    deceased.getValue(), index.getValue(), household.getValue(), note.getValue());
        }

        private void save() {
            try {
                if (editing == null) {
                    List<Component> typed = kind == DiagramKind.FORCE_FIELD
                            ? List.of(name, birthYear, age, household, note)
                            : List.of(name, shape, birthYear, age, household, note);
                    List<String> sent = typed.stream().map(f -> f.getElement().getProperty("value", "")).toList();
                    Person added = service.addPerson(actor, caseId, kind, details());
                    apply(new PersonChanged(caseId, ChangeKind.ADDED, added));
                    deceased.clear();
                    index.clear();
                    // empty only what still holds what was sent: what the person typed
                    // meanwhile (the next name) stays, also when the answer comes late
                    for (int i = 0; i < typed.size(); i++) {
                        typed.get(i).getElement().executeJs("if (this.value === $0) { this.value = '';"
                                + " this.dispatchEvent(new Event('change', {bubbles: true})); }", sent.get(i));
                    }
                    name.focus();
                } else {
                    Person saved = service.editPerson(actor, editing.getId(), editing.getVersion(), details());
                    apply(new PersonChanged(caseId, ChangeKind.UPDATED, saved));
                    edit(saved);
                    Messages.showSuccess(getTranslation("genogram.saved"));
                }
            } catch (StaleEditException stale) {
                Messages.showError(this, stale);
                Person current = stale.current();
                apply(new PersonChanged(caseId, ChangeKind.UPDATED, current));
                edit(current);
            } catch (UserFacingException e) {
                Messages.showError(this, e);
            }
        }

        private void confirmRemove() {
            Person p = editing;
            Confirm.removal(this, getTranslation("genogram.removePersonTitle"), getTranslation("genogram.removePersonText"),
                    () -> Messages.attemptThen(this, () -> service.removePerson(actor, p.getId()), this::startNew));
        }

        void changedElsewhere(Person p) {
            if (editing != null && editing.getId().equals(p.getId()) && p.getVersion() > editing.getVersion()) {
                // keep what is typed; the next save reports the change and shows the current details
                heading.setText(getTranslation("genogram.editPerson") + ": " + p.getName() + " · "
                        + getTranslation("genogram.staleTitle"));
            }
        }

        void removedElsewhere(String id) {
            if (editing != null && editing.getId().equals(id)) {
                Messages.showError(getTranslation("error.genogram.personGone"));
                startNew();
            }
        }

        void eventsChanged(String personId) {
            if (editing != null && editing.getId().equals(personId)) {
                renderEvents();
            }
        }

        private void renderEvents() {
            eventBox.removeAll();
            eventBox.add(new H4(getTranslation("genogram.events")));
            UnorderedList list = new UnorderedList();
            list.addClassName("rw-genogram-events");
            List<LifeEvent> its = eventsOf(editing.getId());
            boolean timeline = service.timelineAvailable();
            for (LifeEvent ev : its) {
                Span label = new Span(json.eventLine(ev) + (ev.getTimelineEventId() != null
                        ? " · " + getTranslation("genogram.onTimeline") : ""));
                label.addClassName("rw-genogram-item");
                ListItem item = new ListItem(label);
                if (timeline && ev.getTimelineEventId() == null) {
                    item.add(small(getTranslation("genogram.placeOnTimeline"), () -> place(ev)));
                }
                Button del = small(getTranslation("action.remove"), () ->
                        Messages.attempt(this, () -> service.removeEvent(actor, ev.getId())));
                del.addThemeVariants(ButtonVariant.LUMO_ERROR);
                item.add(del);
                list.add(item);
            }
            if (its.isEmpty()) {
                list.add(new ListItem(new Span(getTranslation("genogram.noEvents"))));
            }
            Select<LifeEventKind> what = new Select<>();
            what.setLabel(getTranslation("field.genogramEventKind"));
            what.setItems(LifeEventKind.values());
            what.setItemLabelGenerator(k -> getTranslation("genogram.event." + k.name()));
            DatePicker date = Dates.dutch(new DatePicker(getTranslation("field.genogramEventDate")));
            date.setLocale(Locale.of("nl", "NL"));
            TextField text = new TextField(getTranslation("field.genogramEventText"));
            text.setMaxLength(LifeEvent.TEXT_MAX_LENGTH);
            Checkbox onTimeline = new Checkbox(getTranslation("genogram.placeOnTimeline"));
            onTimeline.setVisible(timeline);
            Person owner = editing;
            Button add = new Button(getTranslation("genogram.addEvent"), VaadinIcon.PLUS.create(), e -> {
                Messages.attempt(this, () -> service.addEvent(actor, owner.getId(), what.getValue(),
                        date.getValue(), text.getValue()), saved -> {
                    apply(new LifeEventChanged(caseId, ChangeKind.ADDED, saved));
                    if (onTimeline.getValue()) {
                        place(saved);
                    }
                });
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div pair = new Div(what, date);
            pair.addClassName("rw-genogram-pair");
            eventBox.add(list, pair, text, onTimeline, add);
        }

        private void place(LifeEvent ev) {
            Person owner = persons.get(ev.getPersonId());
            String title = (owner == null ? "" : owner.getName() + ": ")
                    + getTranslation("genogram.event." + ev.getKind().name());
            Messages.attempt(this, () -> service.placeOnTimeline(actor, ev.getId(), meetingId, title), linked -> {
                apply(new LifeEventChanged(caseId, ChangeKind.UPDATED, linked));
                Messages.showSuccess(getTranslation("genogram.placedOnTimeline"));
            });
        }
    }

    // ---- the line form ---------------------------------------------------------------------

    /** Adds a line between two persons, or changes or removes the selected one. */
    private final class LineForm extends Div {
        private final H4 heading = new H4();
        private final ComboBox<Person> from = new ComboBox<>(getTranslation("field.genogramFrom"));
        private final Select<RelationType> type = new Select<>();
        private final ComboBox<Person> to = new ComboBox<>(getTranslation("field.genogramTo"));
        private final Select<Integer> strength = new Select<>();
        private final TextField note = new TextField(getTranslation("field.genogramLineNote"));
        private final Button save = new Button();
        private final Button remove = new Button(getTranslation("action.remove"));
        private final Button newOne = new Button(getTranslation("genogram.newLine"));
        private Relation editing;

        LineForm() {
            addClassName("rw-genogram-line-form");
            from.setItemLabelGenerator(Person::getName);
            to.setItemLabelGenerator(Person::getName);
            type.setLabel(getTranslation("field.genogramType"));
            type.setItemLabelGenerator(t -> getTranslation("genogram.type." + t.name()));
            type.addValueChangeListener(e -> strength.setVisible(e.getValue() != null
                    && e.getValue().category() == RelationType.Category.FORCE));
            strength.setLabel(getTranslation("genogram.strength"));
            strength.setItems(1, 2, 3);
            strength.setItemLabelGenerator(s -> getTranslation("genogram.strength." + s));
            note.setMaxLength(Relation.NOTE_MAX_LENGTH);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                Relation r = editing;
                if (r != null && Messages.attempt(this, () -> service.removeRelation(actor, r.getId()))) {
                    apply(new RelationChanged(caseId, ChangeKind.REMOVED, r));
                    startNew();
                }
            });
            newOne.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            newOne.addClickListener(e -> startNew());
            add(heading, from, type, to, strength, note, hint(getTranslation("genogram.parentHint")),
                    new Div(save, remove, newOne));
        }

        void refreshPersons() {
            List<Person> sorted = new ArrayList<>(persons.values());
            sorted.sort(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER));
            Person f = from.getValue();
            Person t = to.getValue();
            from.setItems(sorted);
            to.setItems(sorted);
            from.setValue(f == null ? null : persons.get(f.getId()));
            to.setValue(t == null ? null : persons.get(t.getId()));
        }

        void startNew() {
            editing = null;
            heading.setText(getTranslation("genogram.newLine"));
            type.setItems(Arrays.stream(RelationType.values()).filter(t -> t.allowedIn(kind)).toList());
            type.setValue(kind == DiagramKind.FORCE_FIELD ? RelationType.SUPPORTING : null);
            strength.setValue(2);
            strength.setVisible(kind == DiagramKind.FORCE_FIELD);
            from.clear();
            to.clear();
            from.setReadOnly(false);
            to.setReadOnly(false);
            note.clear();
            save.setText(getTranslation("genogram.addLine"));
            remove.setVisible(false);
            newOne.setVisible(false);
        }

        void edit(Relation r) {
            editing = r;
            heading.setText(getTranslation("genogram.editLine"));
            from.setValue(persons.get(r.getFromId()));
            to.setValue(persons.get(r.getToId()));
            from.setReadOnly(true);
            to.setReadOnly(true);
            type.setValue(r.getType());
            strength.setValue(r.getStrength() == 0 ? 2 : r.getStrength());
            note.setValue(r.getNote());
            save.setText(getTranslation("action.save"));
            remove.setVisible(true);
            newOne.setVisible(true);
            scrollIntoView();
        }

        void removedElsewhere(String id) {
            if (editing != null && editing.getId().equals(id)) {
                startNew();
            }
        }

        private void save() {
            int force = strength.getValue() == null ? 0 : strength.getValue();
            try {
                if (editing == null) {
                    Relation added = service.addRelation(actor, caseId, kind, idOf(from.getValue()), idOf(to.getValue()),
                            type.getValue(), force, note.getValue());
                    apply(new RelationChanged(caseId, ChangeKind.ADDED, added));
                    startNew();
                } else {
                    Relation saved = service.editRelation(actor, editing.getId(), editing.getVersion(), type.getValue(),
                            force, note.getValue());
                    apply(new RelationChanged(caseId, ChangeKind.UPDATED, saved));
                    startNew();
                    Messages.showSuccess(getTranslation("genogram.saved"));
                }
            } catch (StaleEditException stale) {
                Messages.showError(this, stale);
                Relation current = stale.current();
                apply(new RelationChanged(caseId, ChangeKind.UPDATED, current));
                edit(current);
            } catch (UserFacingException e) {
                Messages.showError(this, e);
            }
        }

        private String idOf(Person p) {
            return p == null ? null : p.getId();
        }
    }
}
