package nl.reflectiewerkplaats.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.ladder.EscalationClock.Phase;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The ladder on the real store, with a clock the test moves: the escalation clock is computed from
 * the stored date and that clock; the steps up and down are kept with who, when, from, to and why.
 */
@StoreTest
class LadderServiceTests {

    /** A clock the test sets; the service reads it for "today" and for the time of a step. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(LocalDate day) {
            now = day.atTime(10, 0).atZone(DutchTime.ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return DutchTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    LadderRepository repository;
    @Autowired
    AccessPolicy access;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    LadderContent content;
    @Autowired
    CaseBroadcaster broadcaster;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    private final TestClock clock = new TestClock(Instant.parse("2026-09-07T08:00:00Z"));
    private LadderService service;

    @BeforeEach
    void serviceWithTheTestsClock() {
        service = new LadderService(repository, new CaseSupport(access, events, clock), content);
    }

    @Test
    void theClockWarnsBeforeFourAndTwelveWeeksAndMarksTheThreeMonthLimitFromTheStoredDate() {
        LocalDate since = LocalDate.of(2026, 9, 7);
        clock.set(since.plusDays(3));
        LadderState stored = service.setAbsence(anna, theCase.getId(), 0, since, null);
        assertThat(stored.outOfSchoolSince()).isEqualTo(since);

        // a fresh service reads the date from the store; only the clock moves
        LadderService later = new LadderService(repository, new CaseSupport(access, events, clock), content);
        assertThat(later.escalation(anna, theCase.getId()).phase()).isEqualTo(Phase.SCHOOL);
        clock.set(since.plusDays(22));
        EscalationClock.Reading fourWeeks = later.escalation(anna, theCase.getId());
        assertThat(fourWeeks.phase()).isEqualTo(Phase.SCHOOL_WARNING);
        assertThat(fourWeeks.daysToNext()).isEqualTo(6);
        assertThat(fourWeeks.urgent()).isTrue();
        clock.set(since.plusWeeks(5));
        assertThat(later.escalation(anna, theCase.getId()).phase()).isEqualTo(Phase.DIRECTION);
        clock.set(since.plusWeeks(9));
        EscalationClock.Reading twelveWeeks = later.escalation(anna, theCase.getId());
        assertThat(twelveWeeks.phase()).isEqualTo(Phase.BREAKTHROUGH_WARNING);
        assertThat(twelveWeeks.nextMark()).isEqualTo(since.plusWeeks(12));
        assertThat(twelveWeeks.daysToNext()).isEqualTo(21);
        clock.set(since.plusWeeks(12));
        assertThat(later.escalation(anna, theCase.getId()).phase()).isEqualTo(Phase.BREAKTHROUGH);
        clock.set(since.plusMonths(3));
        EscalationClock.Reading limit = later.escalation(anna, theCase.getId());
        assertThat(limit.phase()).isEqualTo(Phase.PAST_LIMIT);
        assertThat(limit.limit()).isEqualTo(LocalDate.of(2026, 12, 7));

        // back at school: the clock stops, at the days it ran
        LadderState back = later.setAbsence(anna, theCase.getId(), later.ladder(anna, theCase.getId()).version(),
                since, since.plusDays(80));
        assertThat(back.clock(later.today()).phase()).isEqualTo(Phase.STOPPED);
        assertThat(later.escalation(anna, theCase.getId()).days()).isEqualTo(80);
    }

    @Test
    void theStepsUpAndDownAreKeptWithWhoWhenFromToAndWhy() {
        clock.set(LocalDate.of(2026, 10, 1));
        LadderState placed = service.step(anna, theCase.getId(), 0, Rung.COMPLICATED, "Orthopedagoog adviseert de school.");
        clock.set(LocalDate.of(2026, 10, 20));
        LadderState up = service.step(anna, theCase.getId(), placed.version(), Rung.CHAOTIC, "Conflict tussen school en ouders.");
        assertThat(up.approach()).isEqualTo(Approach.ASSERTIVE);
        LadderState regie = service.setWayOfWorking(anna, theCase.getId(), up.version(), Approach.FORCING,
                "casusregisseur gemeente");
        clock.set(LocalDate.of(2026, 11, 10));
        LadderState down = service.step(anna, theCase.getId(), regie.version(), Rung.COMPLEX, "Mediation werkt.");

        LadderState stored = service.ladder(anna, theCase.getId());
        assertThat(stored.rung()).isEqualTo(Rung.COMPLEX);
        assertThat(stored.director()).isEqualTo("casusregisseur gemeente");
        // the way of working was chosen by hand (not the one that fits): a step leaves it alone
        assertThat(stored.approach()).isEqualTo(Approach.FORCING);
        assertThat(stored.version()).isEqualTo(down.version());
        assertThat(stored.moves()).extracting(LadderState.Move::from, LadderState.Move::to, LadderState.Move::reason,
                        LadderState.Move::byName, LadderState.Move::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, Rung.COMPLICATED, "Orthopedagoog adviseert de school.",
                                anna.displayName(), 0),
                        org.assertj.core.groups.Tuple.tuple(Rung.COMPLICATED, Rung.CHAOTIC, "Conflict tussen school en ouders.",
                                anna.displayName(), 1),
                        org.assertj.core.groups.Tuple.tuple(Rung.CHAOTIC, Rung.COMPLEX, "Mediation werkt.",
                                anna.displayName(), -1));
        assertThat(stored.moves().get(2).at()).isEqualTo(LocalDate.of(2026, 11, 10).atTime(10, 0)
                .atZone(DutchTime.ZONE).toInstant());
    }

    @Test
    void badInputGetsADutchMessageAndLeavesTheStoredLadderAlone() {
        clock.set(LocalDate.of(2026, 10, 1));
        LadderState placed = service.step(anna, theCase.getId(), 0, Rung.SIMPLE, "Eerste gesprek.");
        assertThatThrownBy(() -> service.setAbsence(anna, theCase.getId(), placed.version(), LocalDate.of(2026, 10, 2), null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.ladder.future");
        assertThatThrownBy(() -> service.setAbsence(anna, theCase.getId(), placed.version(), LocalDate.of(2026, 9, 2),
                LocalDate.of(2026, 9, 1))).extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.ladder.backBeforeSince");
        assertThatThrownBy(() -> service.step(anna, theCase.getId(), placed.version(), Rung.SIMPLE, "nog eens"))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.ladder.sameRung");
        assertThatThrownBy(() -> service.step(anna, theCase.getId(), placed.version(), Rung.COMPLEX, " "))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.input.required");
        // an edit that started from an older version is refused
        assertThatThrownBy(() -> service.step(anna, theCase.getId(), 0, Rung.COMPLEX, "Oude weergave."))
                .isInstanceOf(StaleEditException.class);
        LadderState stored = service.ladder(anna, theCase.getId());
        assertThat(stored.rung()).isEqualTo(Rung.SIMPLE);
        assertThat(stored.outOfSchoolSince()).isNull();
        assertThat(stored.moves()).hasSize(1);
    }

    @Test
    void participantsReadTheLadderLiveButOnlyWhoeverLeadsChangesIt() throws InterruptedException {
        Actor.Participant bram = data.participant(meeting, "Bram");
        List<LadderChanged> received = new CopyOnWriteArrayList<>();
        var subscription = broadcaster.subscribe(theCase.getId(), bram, LadderChanged.class, received::add);
        try {
            clock.set(LocalDate.of(2026, 10, 1));
            service.step(anna, theCase.getId(), 0, Rung.COMPLEX, "Veel partijen, geen uitweg.");
            assertThatThrownBy(() -> service.step(bram, theCase.getId(), 1, Rung.SIMPLE, "Ik vind het eenvoudig."))
                    .isInstanceOf(NoAccessException.class);
            long end = System.nanoTime() + 5_000_000_000L;
            while (received.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(received).singleElement().satisfies(e -> {
                assertThat(e.ladder().rung()).isEqualTo(Rung.COMPLEX);
                assertThat(e.ladder().moves()).hasSize(1);
            });
            assertThat(service.ladder(bram, theCase.getId()).rung()).isEqualTo(Rung.COMPLEX);
        } finally {
            subscription.cancel();
        }
        Actor.Facilitator other = data.facilitator();
        assertThatThrownBy(() -> service.ladder(other, theCase.getId())).isInstanceOf(NoAccessException.class);
    }
}
