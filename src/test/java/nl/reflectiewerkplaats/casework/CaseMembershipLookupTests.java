package nl.reflectiewerkplaats.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.support.StoreCommands;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access check's facts (a meeting's case and link, a participant's meeting, who
 * facilitates) are kept for a short while so a screen's service calls do not each read
 * them again; a lost permission still takes effect: at once when this app changed it,
 * within the live path's recheck time when the store changed behind its back.
 */
@StoreTest
class CaseMembershipLookupTests {

    @Autowired
    TestData data;
    @Autowired
    MeetingService meetings;
    @Autowired
    CaseService cases;
    @Autowired
    ClosingService closing;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    MeetingRepository meetingRepository;
    @Autowired
    ParticipantRepository participantRepository;
    @Autowired
    StoreCommands store;

    @Test
    void aSecondCallReadsNoAccessFactsAndAClosedMeetingIsRefusedAtOnce() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Sanne");

        closing.overview(p, c.getId(), m.getId());
        var again = store.during(() -> closing.overview(p, c.getId(), m.getId()));
        assertThat(again.result().choosers(false)).isZero();
        assertThat(again.commands()).as("only the read itself; the check's facts are kept")
                .noneMatch(cmd -> cmd.endsWith(" meetings") || cmd.endsWith(" participants"))
                .isNotEmpty();

        meetings.setInviteOpen(f, m.getId(), false);
        assertThatThrownBy(() -> closing.overview(p, c.getId(), m.getId())).isInstanceOf(NoAccessException.class);
        meetings.setInviteOpen(f, m.getId(), true);
        assertThat(closing.overview(p, c.getId(), m.getId()).choosers(true)).isZero();
    }

    @Test
    void factsChangedBehindTheAppsBackCountAtMostTheRecheckTime() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Joris");
        AtomicLong nanos = new AtomicLong();
        CaseMembershipLookup lookup = new CaseMembershipLookup(caseRepository, meetingRepository,
                participantRepository, Clock.systemUTC(), nanos::get);
        assertThat(lookup.isActiveParticipantOf(p.id(), c.getId())).isTrue();

        // e.g. another app node closed the meeting: no event reached this one
        Meeting stored = meetingRepository.findById(m.getId()).orElseThrow();
        stored.setInviteOpen(false);
        meetingRepository.save(stored);

        nanos.addAndGet(CaseBroadcaster.ACCESS_RECHECK.toNanos() - 1);
        assertThat(lookup.isActiveParticipantOf(p.id(), c.getId())).as("kept, as the live path keeps it").isTrue();
        nanos.addAndGet(1);
        assertThat(lookup.isActiveParticipantOf(p.id(), c.getId())).as("read again after the recheck time").isFalse();
    }

    @Test
    void anExpiredLinkIsJudgedByTheClockOnEveryCall() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Ilse");
        Instant expiry = m.getInviteExpiresAt();
        MovableClock clock = new MovableClock(expiry.minusSeconds(1));
        CaseMembershipLookup lookup = new CaseMembershipLookup(caseRepository, meetingRepository,
                participantRepository, clock, () -> 0L);
        assertThat(lookup.isActiveParticipantOf(p.id(), c.getId())).isTrue();
        clock.now = expiry;
        assertThat(lookup.isActiveParticipantOf(p.id(), c.getId())).as("facts kept, the link's end is not").isFalse();
    }

    @Test
    void aNewCoFacilitatorIsLetInAtOnceAndAStrangerNever() {
        Actor.Facilitator f = data.facilitator();
        Actor.Facilitator colleague = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        assertThatThrownBy(() -> closing.overview(colleague, c.getId(), m.getId()))
                .isInstanceOf(NoAccessException.class);

        cases.shareWith(f, c.getId(), colleague.id());

        assertThat(closing.overview(colleague, c.getId(), m.getId()).choosers(false)).isZero();
        Case other = data.newCase(colleague);
        assertThatThrownBy(() -> closing.overview(f, other.getId(), m.getId())).as("another case's meeting")
                .isInstanceOf(NoAccessException.class);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
