package nl.reflectiewerkplaats.genogram;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    @Override
    public List<SinceEntry> since(SinceContext context) {
        return Arrays.stream(DiagramKind.values()).flatMap(kind -> of(context, kind)).toList();
    }

    private Stream<SinceEntry> of(SinceContext context, DiagramKind kind) {
        Diagram diagram = service.open(context.actor(), context.caseId(), kind);
        String drawing = context.text("genogram.kind." + kind.name());
        Map<String, Person> byId = diagram.persons().stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Stream<Optional<SinceEntry>> persons = diagram.persons().stream().map(p -> context.addedOrChanged("GENOGRAM",
                context.text("genogram.since.person", p.getName(), drawing), p.getCreatedAt(), p.getAuthorName(),
                p.getUpdatedAt(), p.getChangedByName()));
        Stream<Optional<SinceEntry>> lines = diagram.relations().stream().map(r -> context.addedOrChanged("GENOGRAM",
                context.text("genogram.since.line", context.text("genogram.type." + r.getType().name()),
                        name(byId.get(r.getFromId())), name(byId.get(r.getToId())), drawing),
                r.getCreatedAt(), r.getAuthorName(), r.getUpdatedAt(), r.getChangedByName()));
        return Stream.concat(persons, lines).flatMap(Optional::stream);
    }

    private static String name(Person person) {
        return person == null ? "?" : person.getName();
    }
}
