package nl.reflectiewerkplaats.tensionfield;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import org.springframework.stereotype.Component;

/**
 * "Sinds de vorige keer": for each spanningsveld the case used, where the group stood in its last
 * revealed round before this meeting. Only revealed rounds (through {@link TensionFieldService#history}),
 * names only when the round was revealed with names.
 */
@Component
record TensionFieldSinceLastTime(TensionFieldService service) implements SinceLastTimeSource {

    @Override
    public List<SinceEntry> since(SinceContext context) {
        return service.lines().stream().map(field -> lastPlaces(context, field)).flatMap(Optional::stream).toList();
    }

    /** Where the group stood on this line in its last revealed round before this meeting, if any. */
    private Optional<SinceEntry> lastPlaces(SinceContext context, TensionField field) {
        List<TensionFieldService.RoundSnapshot> earlier = service.history(context.actor(), context.caseId(), field.id())
                .stream().filter(s -> !s.round().getMeetingId().equals(context.meetingId())).toList();
        if (earlier.isEmpty() || earlier.getLast().markers().isEmpty()) {
            return Optional.empty();
        }
        TensionFieldService.RoundSnapshot last = earlier.getLast();
        int[] thirds = new int[3];
        List<String> named = new ArrayList<>();
        for (MarkerView m : last.markers()) {
            thirds[third(m.current())]++;
            if (last.round().isNamed() && !m.label().isEmpty()) {
                named.add(m.label() + " " + Math.round(m.current() * 100));
            }
        }
        String text = context.text("tensionfield.since", field.title(), field.leftPole(), thirds[0], thirds[1],
                thirds[2], field.rightPole());
        String detail = named.isEmpty() ? context.byAt("", last.round().getRevealedAt())
                : context.text("tensionfield.sinceNamed", String.join(", ", named), field.leftPole(), field.rightPole());
        return Optional.of(new SinceEntry(SinceEntry.Section.PLACED, SinceEntry.Change.STANDING, "FIELDS", text,
                detail, last.round().getRevealedAt()));
    }

    /** 0: nearer the left pole, 1: in the middle, 2: nearer the right pole. */
    private static int third(double at) {
        return at < 0.4 ? 0 : at > 0.6 ? 2 : 1;
    }
}
