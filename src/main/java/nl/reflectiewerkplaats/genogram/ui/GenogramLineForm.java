package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationType;

/** Adds a line between two persons, or changes or removes the selected one. */
final class GenogramLineForm extends Div {
    private final GenogramBinding binding;
    private final GenogramService service;
    private final Actor actor;
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

    GenogramLineForm(GenogramBinding binding) {
        this.binding = binding;
        this.service = binding.session().service();
        this.actor = binding.session().actor();
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
                binding.removed(r);
                startNew();
            }
        });
        newOne.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newOne.addClickListener(e -> startNew());
        add(heading, from, type, to, strength, note, GenogramPanel.hint(getTranslation("genogram.parentHint")),
                new Div(save, remove, newOne));
    }

    void refreshPersons() {
        List<Person> sorted = new ArrayList<>(binding.persons());
        sorted.sort(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER));
        Person f = from.getValue();
        Person t = to.getValue();
        from.setItems(sorted);
        to.setItems(sorted);
        from.setValue(f == null ? null : binding.person(f.getId()));
        to.setValue(t == null ? null : binding.person(t.getId()));
    }

    void startNew() {
        editing = null;
        heading.setText(getTranslation("genogram.newLine"));
        type.setItems(Arrays.stream(RelationType.values()).filter(t -> t.allowedIn(binding.kind())).toList());
        type.setValue(binding.kind() == DiagramKind.FORCE_FIELD ? RelationType.SUPPORTING : null);
        strength.setValue(2);
        strength.setVisible(binding.kind() == DiagramKind.FORCE_FIELD);
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
        from.setValue(binding.person(r.getFromId()));
        to.setValue(binding.person(r.getToId()));
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
        if (editing != null) {
            Messages.attemptEdit(this, () -> service.editRelation(actor, editing.getId(), editing.getVersion(),
                    type.getValue(), force, note.getValue()), saved -> {
                binding.show(saved);
                startNew();
                Messages.showSuccess(getTranslation("genogram.saved"));
            }, current -> {
                binding.show(current);
                edit(current);
            });
            return;
        }
        try {
            Relation added = service.addRelation(actor, binding.session().caseId(), binding.kind(), idOf(from.getValue()),
                    idOf(to.getValue()), type.getValue(), force, note.getValue());
            binding.show(added);
            startNew();
        } catch (UserFacingException e) {
            Messages.showError(this, e);
        }
    }

    private String idOf(Person p) {
        return p == null ? null : p.getId();
    }
}
