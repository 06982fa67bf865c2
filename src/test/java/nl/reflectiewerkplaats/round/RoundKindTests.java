package nl.reflectiewerkplaats.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class RoundKindTests {

    private static final RoundKind FEELINGS = new RoundKind("taal:gevoelskaarten");

    private static Round round(String id, String topic, Instant openedAt) {
        Round r = new Round("case", "meeting", topic, Round.RevealMode.NAMED, openedAt);
        ReflectionTestUtils.setField(r, "id", id);
        return r;
    }

    @Test
    void aKindOwnsOnlyRoundsOfItsOwnTopic() {
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(FEELINGS.owns(round("a", "taal:gevoelskaarten", t0))).isTrue();
        assertThat(FEELINGS.owns(round("b", "perspectief:rollen", t0))).isFalse();
        assertThat(FEELINGS.owns(round("c", "taal:gevoelskaarten:extra", t0))).as("a topic is not a prefix").isFalse();
        assertThat(FEELINGS.owns(null)).isFalse();
    }

    @Test
    void aViewOfTheKindShowsItsOwnNewRoundAndLetsGoWhenAnotherKindOpens() {
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        Round mine = round("a", "taal:gevoelskaarten", t0);
        Round roles = round("b", "perspectief:rollen", t0.plusSeconds(60));
        assertThat(FEELINGS.follow(null, mine)).isEqualTo(RoundFollow.SHOW);
        assertThat(FEELINGS.follow(mine, roles)).isEqualTo(RoundFollow.CLEAR);
        assertThat(FEELINGS.follow(null, roles)).isEqualTo(RoundFollow.KEEP);
    }

    @Test
    void aKindNeedsATopic() {
        assertThatThrownBy(() -> new RoundKind(" ")).isInstanceOf(InvalidInputException.class);
    }
}
