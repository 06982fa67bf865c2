package nl.reflectiewerkplaats.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.reflectiewerkplaats.ladder.EscalationClock.Phase;
import org.junit.jupiter.api.Test;

/** The clock's marks, day by day around each: four weeks, eight and twelve weeks, three months. */
class EscalationClockTests {

    private static final LocalDate SINCE = LocalDate.of(2026, 9, 7);

    private static EscalationClock.Reading on(int day) {
        return EscalationClock.read(SINCE, null, SINCE.plusDays(day));
    }

    @Test
    void theSchoolActsFirstAndIsWarnedTheWeekBeforeFourWeeks() {
        assertThat(on(0).phase()).isEqualTo(Phase.SCHOOL);
        assertThat(on(20).phase()).isEqualTo(Phase.SCHOOL);
        assertThat(on(20).daysToNext()).isEqualTo(8);
        assertThat(on(20).urgent()).isFalse();
        assertThat(on(21).phase()).isEqualTo(Phase.SCHOOL_WARNING);
        assertThat(on(21).urgent()).isTrue();
        assertThat(on(27).phase()).isEqualTo(Phase.SCHOOL_WARNING);
        assertThat(on(27).daysToNext()).isEqualTo(1);
        assertThat(on(27).nextMark()).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void fromFourWeeksTheCasusregisseurLeadsAndFromEightWeeksTheTwelveWeekMarkIsWarned() {
        assertThat(on(28).phase()).isEqualTo(Phase.DIRECTION);
        assertThat(on(28).urgent()).isFalse();
        assertThat(on(28).nextMark()).isEqualTo(SINCE.plusWeeks(12));
        assertThat(on(55).phase()).isEqualTo(Phase.DIRECTION);
        assertThat(on(56).phase()).isEqualTo(Phase.BREAKTHROUGH_WARNING);
        assertThat(on(83).phase()).isEqualTo(Phase.BREAKTHROUGH_WARNING);
        assertThat(on(83).daysToNext()).isEqualTo(1);
    }

    @Test
    void afterTwelveWeeksTheThreeMonthLimitIsDaysAwayThenPassed() {
        // 7 September + 3 months = 7 December: 91 days
        assertThat(on(84).phase()).isEqualTo(Phase.BREAKTHROUGH);
        assertThat(on(84).nextMark()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(on(84).daysToNext()).isEqualTo(7);
        assertThat(on(90).phase()).isEqualTo(Phase.BREAKTHROUGH);
        assertThat(on(91).phase()).isEqualTo(Phase.PAST_LIMIT);
        assertThat(on(91).limit()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(on(200).phase()).isEqualTo(Phase.PAST_LIMIT);
        assertThat(on(200).weeks()).isEqualTo(28);
    }

    @Test
    void noDateNoClockAndBackAtSchoolStopsIt() {
        assertThat(EscalationClock.read(null, null, SINCE).phase()).isEqualTo(Phase.NOT_RUNNING);
        EscalationClock.Reading stopped = EscalationClock.read(SINCE, SINCE.plusDays(45), SINCE.plusDays(300));
        assertThat(stopped.phase()).isEqualTo(Phase.STOPPED);
        assertThat(stopped.days()).isEqualTo(45);
        assertThat(stopped.urgent()).isFalse();
        assertThat(stopped.sentence().key()).isEqualTo("ladder.clock.STOPPED");
        assertThat(stopped.sentence().arguments()).containsExactly(6L, 3L, 0L, 45L);
    }
}
