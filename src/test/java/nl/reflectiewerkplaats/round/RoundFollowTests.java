package nl.reflectiewerkplaats.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class RoundFollowTests {

    private static Round round(String id, Instant openedAt, Round.Phase phase) {
        Round r = new Round("case", "meeting", "topic", Round.RevealMode.NAMED, openedAt);
        ReflectionTestUtils.setField(r, "id", id);
        if (phase == Round.Phase.REVEALED) {
            r.reveal(openedAt);
        } else if (phase == Round.Phase.CLOSED) {
            r.close();
        }
        return r;
    }

    @Test
    void aViewFollowsItsOwnRoundsAndLetsGoWhenAnotherInstrumentTakesOver() {
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        Round first = round("a", t0, Round.Phase.ANSWERING);
        assertThat(RoundFollow.of(null, first, true)).isEqualTo(RoundFollow.SHOW);
        assertThat(RoundFollow.of(first, round("a", t0, Round.Phase.ANSWERING), true)).isEqualTo(RoundFollow.UPDATE);
        assertThat(RoundFollow.of(first, round("a", t0, Round.Phase.REVEALED), true)).isEqualTo(RoundFollow.SHOW);
        assertThat(RoundFollow.of(first, round("a", t0, Round.Phase.CLOSED), true)).isEqualTo(RoundFollow.CLEAR);

        Round newer = round("b", t0.plusSeconds(60), Round.Phase.ANSWERING);
        assertThat(RoundFollow.of(newer, round("a", t0, Round.Phase.CLOSED), true))
                .as("the closing of the round a newer one replaced changes nothing").isEqualTo(RoundFollow.KEEP);
        assertThat(RoundFollow.of(first, newer, true)).isEqualTo(RoundFollow.SHOW);
        assertThat(RoundFollow.of(first, newer, false)).as("another instrument's round").isEqualTo(RoundFollow.CLEAR);
        assertThat(RoundFollow.of(null, newer, false)).isEqualTo(RoundFollow.KEEP);
    }
}
