package nl.reflectiewerkplaats.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class FeelingCardsServiceTests {

    @Autowired
    FeelingCardsService feelings;
    @Autowired
    RoundService rounds;
    @Autowired
    CardCatalog catalog;
    @Autowired
    TestData data;

    @Test
    void wordsAndImageCardsArePickedInPrivateAndLaidOutTogether() {
        Actor.Facilitator f = data.facilitator();
        var c = data.newCase(f);
        var m = data.newMeeting(f, c);
        Actor.Participant bram = data.participant(m, "Bram");
        Actor.Participant sanne = data.participant(m, "Sanne");
        Round round = feelings.open(f, c.getId(), m.getId(), Round.RevealMode.NAMED);

        assertThat(catalog.feelingCards().images()).hasSize(12);
        assertThat(catalog.imageCardPicture("brug")).startsWith("data:image/svg+xml;base64,");
        feelings.pick(bram, round.getId(), List.of("machteloos", "beeld:brug"));
        feelings.pick(sanne, round.getId(), List.of("beeld:brug", "beeld:mist", "hoopvol"));
        assertThatThrownBy(() -> feelings.pick(sanne, round.getId(), List.of("beeld:bestaat-niet")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feelings.pick(sanne, round.getId(), List.of("beeld:brug", "beeld:mist", "boos", "moe")))
                .isInstanceOf(InvalidInputException.class);
        // before the reveal nobody sees anyone's cards but their own
        assertThat(feelings.mine(bram, round.getId())).get().extracting(FeelingPick::getWords)
                .isEqualTo(List.of("machteloos", "beeld:brug"));

        rounds.reveal(f, round.getId());
        var table = feelings.table(bram, round.getId());
        assertThat(table.get("beeld:brug")).containsExactlyInAnyOrder("Bram", "Sanne");
        assertThat(table).containsKeys("machteloos", "beeld:mist", "hoopvol");
    }
}
