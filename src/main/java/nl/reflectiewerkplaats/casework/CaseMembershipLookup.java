package nl.reflectiewerkplaats.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.CaseMembership;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.CaseEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers the access check's questions from the stored cases, meetings and participants.
 *
 * <p>Every service call asks these questions, often several times for one screen (a
 * panel of the workspace makes a few calls, each with its check and its meeting-of-case
 * guard), so the facts behind the answers are kept for a short while, as the live path
 * keeps its decisions: at most {@link CaseBroadcaster#ACCESS_RECHECK}, and forgotten for
 * a case at once when an event that {@linkplain CaseEvent#changesAccess() changes access}
 * to it is published (a meeting closed or reopened, a link renewed or extended). The
 * answer itself is decided afresh on every call: whether a link is still valid is
 * judged against the clock each time. What is kept:
 * <ul>
 *   <li>a meeting's case and link state (open, valid until);</li>
 *   <li>a participant's case and meeting (they never change);</li>
 *   <li>that an account is a facilitator of a case — only a yes: a case is shared
 *       with more facilitators, never with fewer, and a new co-facilitator gets in at once.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseMembershipLookup implements CaseMembership {

    /** Beyond this many kept facts the oldest may go; a full map is simply emptied. */
    private static final int MAX_KEPT = 20_000;

    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final long keepNanos = CaseBroadcaster.ACCESS_RECHECK.toNanos();

    private final Map<String, Kept<MeetingFacts>> meetingFacts = new ConcurrentHashMap<>();
    private final Map<String, Kept<ParticipantFacts>> participantFacts = new ConcurrentHashMap<>();
    /** "accountId|caseId" → when the yes was read. */
    private final Map<String, Kept<String>> facilitatorOf = new ConcurrentHashMap<>();

    @Autowired
    CaseMembershipLookup(CaseRepository cases, MeetingRepository meetings, ParticipantRepository participants,
                         Clock clock) {
        this(cases, meetings, participants, clock, System::nanoTime);
    }

    @Override
    public boolean isFacilitatorOf(String accountId, String caseId) {
        String key = accountId + '|' + caseId;
        if (fresh(facilitatorOf.get(key)) != null) {
            return true;
        }
        boolean facilitator = cases.existsByIdAndFacilitatorIdsContaining(caseId, accountId);
        if (facilitator) {
            keep(facilitatorOf, key, caseId);
        }
        return facilitator;
    }

    @Override
    public boolean isActiveParticipantOf(String participantId, String caseId) {
        return participant(participantId)
                .filter(p -> caseId.equals(p.caseId()))
                .flatMap(p -> meeting(p.meetingId()))
                .map(m -> m.inviteValid(clock.instant()))
                .orElse(false);
    }

    @Override
    public boolean isMeetingOf(String meetingId, String caseId) {
        return meetingId != null && caseId != null
                && meeting(meetingId).map(m -> caseId.equals(m.caseId())).orElse(false);
    }

    /** Forgets what was kept about a case's people as soon as access to it changes. */
    @EventListener
    void onCaseEvent(CaseEvent event) {
        if (!event.changesAccess()) {
            return;
        }
        String caseId = event.caseId();
        meetingFacts.values().removeIf(kept -> caseId.equals(kept.value().caseId()));
        facilitatorOf.values().removeIf(kept -> caseId.equals(kept.value()));
    }

    private Optional<MeetingFacts> meeting(String meetingId) {
        MeetingFacts kept = fresh(meetingFacts.get(meetingId));
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<MeetingFacts> read = meetings.findById(meetingId)
                .map(m -> new MeetingFacts(m.getCaseId(), m.isInviteOpen(), m.getInviteExpiresAt()));
        read.ifPresent(facts -> keep(meetingFacts, meetingId, facts));
        return read;
    }

    private Optional<ParticipantFacts> participant(String participantId) {
        ParticipantFacts kept = fresh(participantFacts.get(participantId));
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<ParticipantFacts> read = participants.findById(participantId)
                .map(p -> new ParticipantFacts(p.getCaseId(), p.getMeetingId()));
        read.ifPresent(facts -> keep(participantFacts, participantId, facts));
        return read;
    }

    private <T> @Nullable T fresh(@Nullable Kept<T> kept) {
        return kept != null && nanoClock.getAsLong() - kept.readAt() < keepNanos ? kept.value() : null;
    }

    private <T> void keep(Map<String, Kept<T>> map, String key, T value) {
        if (map.size() >= MAX_KEPT) {
            map.clear();
        }
        map.put(key, new Kept<>(value, nanoClock.getAsLong()));
    }

    private record Kept<T>(T value, long readAt) {
    }

    private record MeetingFacts(String caseId, boolean inviteOpen, Instant expiresAt) {
        boolean inviteValid(Instant now) {
            return inviteOpen && expiresAt != null && now.isBefore(expiresAt);
        }
    }

    private record ParticipantFacts(String caseId, String meetingId) {
    }
}
