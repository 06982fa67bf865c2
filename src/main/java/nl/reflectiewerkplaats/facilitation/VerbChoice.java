package nl.reflectiewerkplaats.facilitation;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's closing choice: which verbs fit what we did today, which we need next. */
@nl.reflectiewerkplaats.base.ExportRule(onlyCounted = true, ownerFields = "actorId")
@Document("verb_choices")
@CompoundIndex(name = "meeting_actor", def = "{'meetingId': 1, 'actorId': 1}", unique = true)
public class VerbChoice {

    @Id
    private String id;
    private String meetingId;
    private String caseId;
    private String actorId;
    private Set<Verb> today = EnumSet.noneOf(Verb.class);
    private Set<Verb> next = EnumSet.noneOf(Verb.class);
    @Version
    private Long version;

    protected VerbChoice() {
    }

    VerbChoice(String caseId, String meetingId, String actorId) {
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.actorId = actorId;
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
