package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationType;

/**
 * All persons and lines of the diagram as text: the accessible way to read and pick them.
 * The lines are drawn in the browser from the texts made here ({@link GenogramItems}).
 */
final class GenogramList extends Div {

    private final GenogramBinding binding;
    private final GenogramItems personList;
    private final GenogramItems lineList;

    GenogramList(GenogramBinding binding, SerializableConsumer<Person> editPerson, SerializableConsumer<Relation> editLine) {
        this.binding = binding;
        String editLabel = binding.session().actor().watcher() ? null : getTranslation("genogram.edit");
        this.personList = new GenogramItems("person", editLabel, id -> {
            Person p = binding.person(id);
            if (p != null) {
                editPerson.accept(p);
            }
        });
        this.lineList = new GenogramItems("relation", editLabel, id -> {
            Relation r = binding.relation(id);
            if (r != null) {
                editLine.accept(r);
            }
        });
        addClassName("rw-genogram-list");
        add(new H4(getTranslation("genogram.list")), GenogramPanel.hint(getTranslation("genogram.listHelp")),
                new H4(getTranslation("genogram.persons")), personList, new H4(getTranslation("genogram.lines")), lineList);
    }

    void refresh() {
        List<Person> sorted = new ArrayList<>(binding.persons());
        sorted.sort(Comparator.comparing(Person::professionalLayer).thenComparing(Person::getName,
                String.CASE_INSENSITIVE_ORDER));
        personList.show(sorted.stream().map(p -> new GenogramItems.Item(p.getId(), describe(p), p.getName())).toList(),
                getTranslation("genogram.empty"));
        List<Relation> lines = new ArrayList<>(binding.relations());
        lines.sort(Comparator.comparing(Relation::getType).thenComparing(r -> binding.nameOf(r.getFromId())));
        lineList.show(lines.stream().map(r -> {
            String text = lineText(r);
            return new GenogramItems.Item(r.getId(), text, text);
        }).toList(), getTranslation("genogram.noLines"));
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
