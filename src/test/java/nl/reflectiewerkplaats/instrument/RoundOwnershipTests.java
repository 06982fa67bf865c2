package nl.reflectiewerkplaats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.decision.DecisionService;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.round.RoundKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.support.StoreTest;

/**
 * Each kind of round belongs to exactly one instrument, under the topic its rounds were
 * always stored with: a round that opens takes the group to its own instrument (and old
 * rounds keep being found). A kind copied with another's topic sent the groups round of
 * the perspectiefwissel to the roles and to the feeling cards.
 */
@StoreTest
class RoundOwnershipTests {

    @Autowired
    Instruments instruments;

    @Test
    void everyRoundKindHasItsStoredTopicAndOneOwningInstrument() {
        Map<RoundKind, String> stored = Map.of(
                FeelingCardsService.ROUND, "taal:gevoelskaarten",
                GroupsService.ROUND, "perspectief:groepen",
                PerspectiveService.ROUND, "perspectief:rollen");
        stored.forEach((kind, topic) -> assertThat(kind.topic()).isEqualTo(topic));
        List<RoundKind> kinds = List.of(FeelingCardsService.ROUND, GroupsService.ROUND, PerspectiveService.ROUND,
                DecisionService.ROUND);
        assertThat(kinds.stream().map(RoundKind::topic).distinct()).as("no two kinds share a topic").hasSize(kinds.size());
        for (RoundKind kind : kinds) {
            assertThat(instruments.all().stream().filter(i -> i.ownsTopic(kind.topic())).map(InstrumentKind::id))
                    .as(kind.topic()).hasSize(1);
        }
        assertThat(instruments.forTopic(GroupsService.ROUND.topic())).map(InstrumentKind::id).hasValue("PERSPECTIVE");
        assertThat(instruments.forTopic(FeelingCardsService.ROUND.topic())).map(InstrumentKind::id).hasValue("LANGUAGE");
        assertThat(instruments.forTopic(DecisionService.ROUND.topic())).map(InstrumentKind::id).hasValue("DECISION");
    }
}
