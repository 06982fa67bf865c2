package nl.reflectiewerkplaats.round;

import java.util.List;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.live.CaseEvent;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Who has answered so far (names, never what), in name order — never in the order
 * people answered, which next to an anonymous reveal would name each answer. Only for
 * those who lead the session.
 */
public record RoundProgress(String caseId, String roundId, List<String> answeredBy) implements CaseEvent {

    private static final Collator DUTCH = Collator.getInstance(Locale.of("nl", "NL"));

    public RoundProgress {
        answeredBy = inNameOrder(answeredBy);
    }

    /** The names sorted as a Dutch reader expects (case and accents aside). */
    public static List<String> inNameOrder(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        synchronized (DUTCH) {
            sorted.sort(DUTCH);
        }
        return List.copyOf(sorted);
    }

    @Override
    public CaseAction requiredAction() {
        return CaseAction.MODERATE;
    }
}
