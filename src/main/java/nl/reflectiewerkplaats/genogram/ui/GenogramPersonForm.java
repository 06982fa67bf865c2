package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.Shape;

/** Adds a person, or changes the selected one; with its events below. */
final class GenogramPersonForm extends Div {
    private final GenogramBinding binding;
    private final GenogramService service;
    private final Actor actor;
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
    private final UnorderedList eventList = new UnorderedList();
    // the add-event row is made once: another's change to this person's events redraws the list, not what is being typed
    private final Select<LifeEventKind> eventKind = new Select<>();
    private final DatePicker eventDate = Dates.dutch(new DatePicker(getTranslation("field.genogramEventDate")));
    private final TextField eventText = new TextField(getTranslation("field.genogramEventText"));
    private final Checkbox eventOnTimeline = new Checkbox(getTranslation("genogram.placeOnTimeline"));
    private Person editing;

    GenogramPersonForm(GenogramBinding binding) {
        this.binding = binding;
        this.service = binding.session().service();
        this.actor = binding.session().actor();
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
            binding.diagram().setSelected(null);
        });
        eventList.addClassName("rw-genogram-events");
        eventKind.setLabel(getTranslation("field.genogramEventKind"));
        eventKind.setItems(LifeEventKind.values());
        eventKind.setItemLabelGenerator(k -> getTranslation("genogram.event." + k.name()));
        eventDate.setLocale(Locale.of("nl", "NL"));
        eventText.setMaxLength(LifeEvent.TEXT_MAX_LENGTH);
        eventOnTimeline.setVisible(service.timelineAvailable());
        Button addEvent = new Button(getTranslation("genogram.addEvent"), VaadinIcon.PLUS.create(), e -> addEvent());
        addEvent.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div eventPair = new Div(eventKind, eventDate);
        eventPair.addClassName("rw-genogram-pair");
        eventBox.add(new H4(getTranslation("genogram.events")), eventList, eventPair, eventText, eventOnTimeline, addEvent);
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
        shape.setValue(binding.kind() == DiagramKind.FORCE_FIELD ? Shape.ORGANISATION : null);
        birthYear.clear();
        age.clear();
        deceased.clear();
        index.clear();
        household.clear();
        note.clear();
        household.setVisible(binding.kind() == DiagramKind.GENOGRAM);
        save.setText(getTranslation("genogram.addPerson"));
        remove.setVisible(false);
        newOne.setVisible(false);
        eventBox.setVisible(false);
    }

    void edit(Person p) {
        if (editing == null || !editing.getId().equals(p.getId())) {
            clearEventRow();
        }
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
        if (editing != null) {
            Messages.attemptEdit(this, () -> service.editPerson(actor, editing.getId(), editing.getVersion(), details()),
                    saved -> {
                        binding.show(saved);
                        edit(saved);
                        Messages.showSuccess(getTranslation("genogram.saved"));
                    }, current -> {
                        binding.show(current);
                        edit(current);
                    });
            return;
        }
        try {
            List<Component> typed = binding.kind() == DiagramKind.FORCE_FIELD
                    ? List.of(name, birthYear, age, household, note)
                    : List.of(name, shape, birthYear, age, household, note);
            List<String> sent = typed.stream().map(f -> f.getElement().getProperty("value", "")).toList();
            Person added = service.addPerson(actor, binding.session().caseId(), binding.kind(), details());
            binding.show(added);
            deceased.clear();
            index.clear();
            // empty only what still holds what was sent: what the person typed
            // meanwhile (the next name) stays, also when the answer comes late
            for (int i = 0; i < typed.size(); i++) {
                typed.get(i).getElement().executeJs("if (this.value === $0) { this.value = '';"
                        + " this.dispatchEvent(new Event('change', {bubbles: true})); }", sent.get(i));
            }
            name.focus();
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

    /** The person's events; the add row beneath stays as it is. */
    private void renderEvents() {
        eventList.removeAll();
        List<LifeEvent> its = binding.eventsOf(editing.getId());
        boolean timeline = service.timelineAvailable();
        for (LifeEvent ev : its) {
            Span label = new Span(binding.session().json().eventLine(ev) + (ev.getTimelineEventId() != null
                    ? " · " + getTranslation("genogram.onTimeline") : ""));
            label.addClassName("rw-genogram-item");
            ListItem item = new ListItem(label);
            if (timeline && ev.getTimelineEventId() == null) {
                item.add(GenogramPanel.small(getTranslation("genogram.placeOnTimeline"), () -> place(ev)));
            }
            Button del = GenogramPanel.small(getTranslation("action.remove"), () ->
                    Messages.attempt(this, () -> service.removeEvent(actor, ev.getId())));
            del.addThemeVariants(ButtonVariant.LUMO_ERROR);
            item.add(del);
            eventList.add(item);
        }
        if (its.isEmpty()) {
            eventList.add(new ListItem(new Span(getTranslation("genogram.noEvents"))));
        }
    }

    private void addEvent() {
        Person owner = editing;
        if (owner == null) {
            return;
        }
        String text = eventText.getValue();
        boolean toTimeline = eventOnTimeline.getValue();
        Messages.attempt(this, () -> service.addEvent(actor, owner.getId(), eventKind.getValue(),
                eventDate.getValue(), text), saved -> {
            binding.show(saved);
            eventKind.clear();
            eventDate.clear();
            eventOnTimeline.clear();
            Inputs.clearAfterAdd(eventText, text);
            if (toTimeline) {
                place(saved);
            }
        });
    }

    private void clearEventRow() {
        eventKind.clear();
        eventDate.clear();
        eventText.clear();
        eventOnTimeline.clear();
    }

    private void place(LifeEvent ev) {
        Person owner = binding.person(ev.getPersonId());
        String title = (owner == null ? "" : owner.getName() + ": ")
                + getTranslation("genogram.event." + ev.getKind().name());
        Messages.attempt(this, () -> service.placeOnTimeline(actor, ev.getId(), binding.session().meetingId(), title), linked -> {
            binding.show(linked);
            Messages.showSuccess(getTranslation("genogram.placedOnTimeline"));
        });
    }
}
