package nl.reflectiewerkplaats.genogram;

import java.util.List;

/** One diagram as it is stored: its persons, their lines, and the events on its persons. */
public record Diagram(String caseId, DiagramKind kind, List<Person> persons, List<Relation> relations,
                      List<LifeEvent> events) {

    public Diagram {
        persons = List.copyOf(persons);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }
}
