package nl.reflectiewerkplaats.sincelast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * "Sinds de vorige keer": what changed in a case since the meeting before this one (by date),
 * gathered from every registered {@link SinceLastTimeSource}. Whoever leads always sees it; the
 * others only while the facilitator lets everyone look along (stored per meeting, live).
 */
@Service
@RequiredArgsConstructor
public class SinceLastTimeService {

    private static final Comparator<Meeting> BY_DATE = Comparator.comparing(Meeting::getDate)
            .thenComparing(Meeting::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final SinceLastShareRepository shares;
    private final MeetingService meetings;
    private final CaseSupport support;
    private final ObjectProvider<SinceLastTimeSource> sources;

    /**
     * The overview of this meeting for this person.
     *
     * @param texts the app's texts by key and arguments (the view's translations)
     */
    public SinceOverview overview(Actor actor, String caseId, String meetingId,
                                  BiFunction<String, Object[], String> texts) {
        support.access().check(actor, caseId, meetingId, CaseAction.READ);
        boolean shared = isShared(meetingId);
        boolean visible = shared || support.access().allows(actor, caseId, CaseAction.MODERATE);
        List<Meeting> all = new ArrayList<>(meetings.listMeetings(actor, caseId));
        all.sort(BY_DATE);
        int here = indexOf(all, meetingId);
        if (here <= 0) {
            return new SinceOverview(null, null, shared, visible, List.of());
        }
        Meeting previous = all.get(here - 1);
        if (!visible) {
            return new SinceOverview(previous.getTitle(), previous.getDate(), false, false, List.of());
        }
        Instant from = previous.getDate().atStartOfDay(DutchTime.ZONE).toInstant();
        SinceContext context = new SinceContext(actor, caseId, meetingId, previous.getId(), previous.getDate(), from,
                support.now(), texts);
        List<SinceEntry> entries = new ArrayList<>();
        sources.orderedStream().forEach(source -> entries.addAll(source.since(context)));
        entries.sort(Comparator.comparing(SinceEntry::section)
                .thenComparing(SinceEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new SinceOverview(previous.getTitle(), previous.getDate(), shared, true, entries);
    }

    /** Whether everyone in this meeting may look along. */
    public boolean shared(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, meetingId, CaseAction.READ);
        return isShared(meetingId);
    }

    /** Whoever leads lets everyone look along ("Laat iedereen meekijken"), or stops it; everyone sees it live. */
    public boolean share(Actor actor, String caseId, String meetingId, boolean shared) {
        support.access().check(actor, caseId, meetingId, CaseAction.MODERATE);
        // the last choice wins: the whole document is replaced, so there is nothing to merge
        boolean saved = shares.save(new SinceLastShare(meetingId, caseId, shared, actor.displayName(), support.now()))
                .shared();
        support.publish(new SinceLastShared(caseId, meetingId, saved));
        return saved;
    }

    private boolean isShared(String meetingId) {
        return shares.findById(meetingId).map(SinceLastShare::shared).orElse(false);
    }

    private static int indexOf(List<Meeting> all, String meetingId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId().equals(meetingId)) {
                return i;
            }
        }
        return -1;
    }
}
