package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import org.springframework.stereotype.Component;

/**
 * "Sinds de vorige keer" for the geno-sociogram and the krachtenveld: persons and lines added or
 * changed since the previous meeting (by whom, when).
 */
@Component
record GenogramSinceLastTime(GenogramService service) implements SinceLastTimeSource {

    static final String INSTRUMENT = "GENOGRAM";

    @Override
    public List<SinceEntry> since(SinceContext context) {
        List<SinceEntry> entries = new ArrayList<>();
        for (DiagramKind kind : DiagramKind.values()) {
            Diagram diagram = service.open(context.actor(), context.caseId(), kind);
            String drawing = context.text("genogram.kind." + kind.name());
            Map<String, Person> byId = diagram.persons().stream()
                    .collect(Collectors.toMap(Person::getId, Function.identity()));
            for (Person p : diagram.persons()) {
                add(entries, context, context.text("genogram.since.person", p.getName(), drawing), p.getCreatedAt(),
                        p.getAuthorName(), p.getUpdatedAt(), p.getChangedByName());
            }
            for (Relation r : diagram.relations()) {
                String text = context.text("genogram.since.line", context.text("genogram.type." + r.getType().name()),
                        name(byId.get(r.getFromId())), name(byId.get(r.getToId())), drawing);
                add(entries, context, text, r.getCreatedAt(), r.getAuthorName(), r.getUpdatedAt(),
                        r.getChangedByName());
            }
        }
        return entries;
    }

    private static void add(List<SinceEntry> entries, SinceContext context, String text, Instant createdAt,
                            String authorName, Instant updatedAt, String changedByName) {
        if (context.within(createdAt)) {
            entries.add(new SinceEntry(SinceEntry.Section.CHANGED, SinceEntry.Change.ADDED, INSTRUMENT, text,
                    context.byAt(authorName, createdAt), createdAt));
        } else if (context.within(updatedAt)) {
            entries.add(new SinceEntry(SinceEntry.Section.CHANGED, SinceEntry.Change.CHANGED, INSTRUMENT, text,
                    context.byAt(changedByName, updatedAt), updatedAt));
        }
    }

    private static String name(Person person) {
        return person == null ? "?" : person.getName();
    }
}
