package nl.reflectiewerkplaats.facilitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import nl.reflectiewerkplaats.notes.SharedNote;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import org.springframework.stereotype.Component;

/**
 * "Sinds de vorige keer": the previous meeting's closing: the verbs chosen (counted, never who), the
 * afspraken written down at the closing, and the tops and tips.
 */
@Component
@RequiredArgsConstructor
class ClosingSinceLastTime implements SinceLastTimeSource {

    static final String INSTRUMENT = "CLOSING";

    private final ClosingService closing;
    private final SharedNoteService notes;

    @Override
    public List<SinceEntry> since(SinceContext context) {
        List<SinceEntry> entries = new ArrayList<>();
        String previous = context.previousMeetingId();
        for (boolean forNext : new boolean[] {false, true}) {
            String verbs = verbs(context, closing.counts(context.actor(), context.caseId(), previous, forNext));
            if (!verbs.isEmpty()) {
                entries.add(new SinceEntry(SinceEntry.Section.AGREED, SinceEntry.Change.STANDING, INSTRUMENT,
                        context.text(forNext ? "closing.since.next" : "closing.since.today", verbs), "", null));
            }
        }
        for (String kind : List.of("afspraken", "tops-tips")) {
            for (SharedNote note : notes.notes(context.actor(), context.caseId(), kind + ":" + previous)) {
                entries.add(new SinceEntry(SinceEntry.Section.AGREED, SinceEntry.Change.STANDING, INSTRUMENT,
                        context.text("closing.since." + kind, note.text()),
                        context.byAt(note.authorName(), note.createdAt()), note.createdAt()));
            }
        }
        return entries;
    }

    /** "verbinden (3), vertrouwen (1)", most chosen first; "" when none was chosen. */
    private static String verbs(SinceContext context, Map<Verb, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Verb, Integer>comparingByValue().reversed())
                .map(e -> context.text("verb." + e.getKey().name()).toLowerCase(Locale.ROOT) + " (" + e.getValue() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
