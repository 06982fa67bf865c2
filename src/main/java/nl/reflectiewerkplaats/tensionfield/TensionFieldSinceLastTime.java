package nl.reflectiewerkplaats.tensionfield;

import java.util.ArrayList;
import java.util.List;
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

    static final String INSTRUMENT = "FIELDS";

    @Override
    public List<SinceEntry> since(SinceContext context) {
        List<SinceEntry> entries = new ArrayList<>();
        for (TensionField field : service.lines()) {
            List<TensionFieldService.RoundSnapshot> earlier = service.history(context.actor(), context.caseId(),
                    field.id()).stream().filter(s -> !s.round().getMeetingId().equals(context.meetingId())).toList();
            if (earlier.isEmpty() || earlier.getLast().markers().isEmpty()) {
                continue;
            }
            TensionFieldService.RoundSnapshot last = earlier.getLast();
            int[] thirds = new int[3];
            List<String> named = new ArrayList<>();
            for (MarkerView m : last.markers()) {
                int third = third(m.current());
                thirds[third]++;
                if (last.round().isNamed() && !m.label().isEmpty()) {
                    named.add(m.label() + " " + Math.round(m.current() * 100));
                }
            }
            String text = context.text("tensionfield.since", field.title(), field.leftPole(), thirds[0], thirds[1],
                    thirds[2], field.rightPole());
            String detail = named.isEmpty() ? context.byAt("", last.round().getRevealedAt())
                    : context.text("tensionfield.sinceNamed", String.join(", ", named), field.leftPole(),
                    field.rightPole());
            entries.add(new SinceEntry(SinceEntry.Section.PLACED, SinceEntry.Change.STANDING, INSTRUMENT, text, detail,
                    last.round().getRevealedAt()));
        }
        return entries;
    }

    /** 0: nearer the left pole, 1: in the middle, 2: nearer the right pole. */
    private static int third(double at) {
        return at < 0.4 ? 0 : at > 0.6 ? 2 : 1;
    }
}
