package nl.reflectiewerkplaats.facilitation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.stereotype.Service;

/** The closing of a meeting: the nine verbs, today and next. (Agreements and tops/tips are shared notes.) */
@Service
@RequiredArgsConstructor
public class ClosingService {

    private final VerbChoiceRepository choices;
    private final CaseSupport support;

    public VerbChoice toggle(Actor actor, String caseId, String meetingId, Verb verb, boolean forNext) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        if (verb == null) {
            throw new InvalidInputException("error.input.required", "field.verb");
        }
        VerbChoice choice = mine(actor, caseId, meetingId);
        choice.toggle(verb, forNext);
        VerbChoice saved = Stored.save(choices, choice, "error.closing.changedMeanwhile");
        support.publish(new ClosingChanged(caseId, meetingId));
        return saved;
    }

    public VerbChoice mine(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return choices.findByMeetingIdAndActorId(meetingId, actor.id())
                .orElseGet(() -> new VerbChoice(caseId, meetingId, actor.id()));
    }

    /**
     * What the closing shows one person, from one read of the meeting's choices: their
     * own choice, how many chose each verb and how many chose at least one, for today
     * and for next time. (Every open view renders this at once when the group reaches
     * the closing: one read each instead of five.)
     */
    public ClosingOverview overview(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        List<VerbChoice> all = choices.findByMeetingId(meetingId);
        VerbChoice mine = all.stream().filter(c -> c.isOf(actor.id())).findFirst()
                .orElseGet(() -> new VerbChoice(caseId, meetingId, actor.id()));
        return new ClosingOverview(mine, count(all, false), count(all, true), choosers(all, false), choosers(all, true));
    }

    /** The closing as one person sees it; see {@link #overview}. */
    public record ClosingOverview(VerbChoice mine, Map<Verb, Integer> today, Map<Verb, Integer> next,
                                  int choosersToday, int choosersNext) {

        public Map<Verb, Integer> counts(boolean forNext) {
            return forNext ? next : today;
        }

        public int choosers(boolean forNext) {
            return forNext ? choosersNext : choosersToday;
        }
    }

    private static int choosers(List<VerbChoice> all, boolean forNext) {
        return (int) all.stream().filter(c -> !(forNext ? c.getNext() : c.getToday()).isEmpty()).count();
    }

    private static Map<Verb, Integer> count(List<VerbChoice> all, boolean forNext) {
        Map<Verb, Integer> counts = new EnumMap<>(Verb.class);
        for (Verb v : Verb.values()) {
            counts.put(v, 0);
        }
        for (VerbChoice c : all) {
            (forNext ? c.getNext() : c.getToday()).forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        return counts;
    }

    /** How many people chose at least one verb, for today ({@code forNext} false) or for next time. */
    public int choosers(Actor actor, String caseId, String meetingId, boolean forNext) {
        support.access().check(actor, caseId, CaseAction.READ);
        return choosers(choices.findByMeetingId(meetingId), forNext);
    }

    /** How many chose each verb, for today ({@code forNext} false) or for next time. */
    public Map<Verb, Integer> counts(Actor actor, String caseId, String meetingId, boolean forNext) {
        support.access().check(actor, caseId, CaseAction.READ);
        return count(choices.findByMeetingId(meetingId), forNext);
    }
}
