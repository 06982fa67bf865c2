package nl.reflectiewerkplaats.genogram.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.reflectiewerkplaats.genogram.Diagram;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.Point;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the {@code <rw-genogram>} element receives: the whole diagram once, then one
 * person, one line or a set of places at a time. Texts for the legend and the
 * screen reader come translated from the server.
 */
public final class GenogramJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("nl", "NL"));

    private final Function<String, String> translate;

    /** @param translate a translation lookup (key → Dutch text), e.g. {@code component::getTranslation} */
    public GenogramJson(Function<String, String> translate) {
        this.translate = translate;
    }

    public String diagram(Diagram diagram, String title, boolean editable) {
        return write(diagramMap(diagram, title, editable));
    }

    /**
     * The whole diagram as a JSON object: what the element receives, carried once and
     * unescaped in the response (a string of JSON would be escaped into it, and parsed again).
     */
    public JsonNode diagramTree(Diagram diagram, String title, boolean editable) {
        return JSON.valueToTree(diagramMap(diagram, title, editable));
    }

    private Map<String, Object> diagramMap(Diagram diagram, String title, boolean editable) {
        Map<String, List<LifeEvent>> byPerson = eventsByPerson(diagram.events());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", diagram.kind().name());
        out.put("title", title);
        out.put("editable", editable);
        out.put("labels", labels(diagram.kind()));
        List<Object> persons = new ArrayList<>(diagram.persons().size());
        diagram.persons().forEach(p -> persons.add(personMap(p, byPerson.getOrDefault(p.getId(), List.of()))));
        out.put("persons", persons);
        List<Object> lines = new ArrayList<>(diagram.relations().size());
        diagram.relations().forEach(r -> lines.add(relationMap(r)));
        out.put("relations", lines);
        return out;
    }

    public String person(Person person, List<LifeEvent> events) {
        return write(personMap(person, events));
    }

    /** The person as stored but standing at {@code place} (a move that arrived after it was read). */
    public String person(Person person, List<LifeEvent> events, Point place) {
        Map<String, Object> m = personMap(person, events);
        m.put("x", place.x());
        m.put("y", place.y());
        return write(m);
    }

    public String relation(Relation relation) {
        return write(relationMap(relation));
    }

    public String positions(Map<String, Point> positions) {
        Map<String, double[]> out = new LinkedHashMap<>();
        positions.forEach((id, p) -> out.put(id, new double[] {p.x(), p.y()}));
        return write(out);
    }

    /** The person's events, shortest first line: "Overleden 2023" and "+1" for more. */
    public String eventShort(List<LifeEvent> events) {
        if (events.isEmpty()) {
            return "";
        }
        LifeEvent first = events.get(events.size() - 1);
        String s = translate.apply("genogram.event." + first.getKind().name()) + " " + first.getDate().getYear();
        return events.size() > 1 ? s + " +" + (events.size() - 1) : s;
    }

    public String eventLine(LifeEvent e) {
        return translate.apply("genogram.event." + e.getKind().name()) + " " + DATE.format(e.getDate())
                + (e.getText().isEmpty() ? "" : ": " + e.getText());
    }

    private Map<String, Object> personMap(Person p, List<LifeEvent> events) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("shape", p.getShape().name());
        m.put("name", p.getName());
        m.put("year", p.getBirthYear());
        m.put("age", p.getAge());
        m.put("deceased", p.isDeceased());
        m.put("index", p.isIndexPerson());
        m.put("household", p.getHousehold());
        m.put("note", p.getNote());
        m.put("x", p.getX());
        m.put("y", p.getY());
        List<LifeEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(LifeEvent::getDate));
        m.put("eventShort", eventShort(sorted));
        m.put("eventText", String.join("; ", sorted.stream().map(this::eventLine).toList()));
        return m;
    }

    private static Map<String, Object> relationMap(Relation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("from", r.getFromId());
        m.put("to", r.getToId());
        m.put("type", r.getType().name());
        m.put("category", r.getType().category().name());
        m.put("strength", r.getStrength());
        m.put("note", r.getNote());
        return m;
    }

    private Map<String, Object> labels(DiagramKind kind) {
        Map<String, Object> l = new LinkedHashMap<>();
        for (String key : List.of("legend", "deceased", "index", "household", "dragging", "ageYears", "empty", "zoomIn",
                "zoomOut", "fit", "exportSvg", "exportPng", "fresh")) {
            l.put(key, translate.apply("genogram." + key));
        }
        l.put("diagram", translate.apply("genogram.diagramLabel").replace("{0}",
                translate.apply("genogram.kind." + kind.name())));
        Map<String, String> shapes = new LinkedHashMap<>();
        for (Shape s : Shape.values()) {
            shapes.put(s.name(), translate.apply("genogram.shape." + s.name()));
        }
        l.put("shapes", shapes);
        Map<String, String> types = new LinkedHashMap<>();
        for (RelationType t : RelationType.values()) {
            types.put(t.name(), translate.apply("genogram.type." + t.name()));
        }
        l.put("types", types);
        Map<String, String> events = new LinkedHashMap<>();
        for (LifeEventKind k : LifeEventKind.values()) {
            events.put(k.name(), translate.apply("genogram.event." + k.name()));
        }
        l.put("events", events);
        return l;
    }

    static Map<String, List<LifeEvent>> eventsByPerson(List<LifeEvent> events) {
        Map<String, List<LifeEvent>> out = new HashMap<>();
        events.forEach(e -> out.computeIfAbsent(e.getPersonId(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
