package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationType;

/** All persons and lines of the diagram as text: the accessible way to read and pick them. */
final class GenogramList extends Div {

    private final GenogramBinding binding;
    private final SerializableConsumer<Person> editPerson;
    private final SerializableConsumer<Relation> editLine;
    private final UnorderedList personList = new UnorderedList();
    private final UnorderedList lineList = new UnorderedList();

    GenogramList(GenogramBinding binding, SerializableConsumer<Person> editPerson, SerializableConsumer<Relation> editLine) {
        this.binding = binding;
        this.editPerson = editPerson;
        this.editLine = editLine;
        addClassName("rw-genogram-list");
        add(new H4(getTranslation("genogram.list")), GenogramPanel.hint(getTranslation("genogram.listHelp")),
                new H4(getTranslation("genogram.persons")), personList, new H4(getTranslation("genogram.lines")), lineList);
    }

    void refresh() {
        personList.removeAll();
        List<Person> sorted = new ArrayList<>(binding.persons());
        sorted.sort(Comparator.comparing(Person::professionalLayer).thenComparing(Person::getName,
                String.CASE_INSENSITIVE_ORDER));
        for (Person p : sorted) {
            personList.add(item(describe(p), p.getName(), "data-person-id", p.getId(), () -> editPerson.accept(p)));
        }
        if (sorted.isEmpty()) {
            personList.add(new ListItem(new Span(getTranslation("genogram.empty"))));
        }
        lineList.removeAll();
        List<Relation> lines = new ArrayList<>(binding.relations());
        lines.sort(Comparator.comparing(Relation::getType).thenComparing(r -> binding.nameOf(r.getFromId())));
        for (Relation r : lines) {
            String text = lineText(r);
            lineList.add(item(text, text, "data-relation-id", r.getId(), () -> editLine.accept(r)));
        }
        if (lines.isEmpty()) {
            lineList.add(new ListItem(new Span(getTranslation("genogram.noLines"))));
        }
    }

    /** One line of the list, with "Bewerken: {name}" for whoever may change the diagram. */
    private ListItem item(String text, String name, String idAttribute, String id, Runnable edit) {
        Span label = new Span(text);
        label.addClassName("rw-genogram-item");
        ListItem item = new ListItem(label);
        item.getElement().setAttribute(idAttribute, id);
        if (!binding.session().actor().watcher()) {
            Button button = GenogramPanel.small(getTranslation("genogram.edit"), edit);
            button.setAriaLabel(getTranslation("genogram.edit") + ": " + name);
            item.add(button);
        }
        return item;
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
        List<LifeEvent> its = binding.eventsOf(p.getId());
        if (!its.isEmpty()) {
            s.append(" · ").append(binding.session().json().eventShort(its));
        }
        return s.toString();
    }

    private String lineText(Relation r) {
        String text = getTranslation("genogram.type." + r.getType().name()) + ": "
                + getTranslation("genogram.lineBetween", binding.nameOf(r.getFromId()), binding.nameOf(r.getToId()));
        if (r.getType().category() == RelationType.Category.FORCE) {
            text += " (" + getTranslation("genogram.strength." + r.getStrength()) + ")";
        }
        return r.getNote().isEmpty() ? text : text + " · " + r.getNote();
    }
}
