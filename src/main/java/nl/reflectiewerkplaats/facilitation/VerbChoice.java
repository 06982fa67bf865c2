package nl.reflectiewerkplaats.facilitation;

import java.util.EnumSet;
import java.util.Set;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's closing choice: which verbs fit what we did today, which we need next. */
@ExportRule(onlyCounted = true, ownerFields = "actorId")
@Document("verb_choices")
@CompoundIndex(name = "meeting_actor", def = "{'meetingId': 1, 'actorId': 1}", unique = true)
public class VerbChoice extends VersionedCaseDocument {

    private String meetingId;
    private String actorId;
    private Set<Verb> today = EnumSet.noneOf(Verb.class);
    private Set<Verb> next = EnumSet.noneOf(Verb.class);

    protected VerbChoice() {
    }

    VerbChoice(String caseId, String meetingId, String actorId) {
        super(caseId);
        this.meetingId = meetingId;
        this.actorId = actorId;
    }

    /** True when this is the choice of that person. */
    boolean isOf(String someActorId) {
        return actorId.equals(someActorId);
    }

    public Set<Verb> getToday() {
        return Set.copyOf(today);
    }

    public Set<Verb> getNext() {
        return Set.copyOf(next);
    }

    void toggle(Verb verb, boolean forNext) {
        Set<Verb> set = forNext ? next : today;
        if (!set.remove(verb)) {
            set.add(verb);
        }
    }
}
