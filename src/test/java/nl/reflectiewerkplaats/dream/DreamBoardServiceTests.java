package nl.reflectiewerkplaats.dream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.AtOnce;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class DreamBoardServiceTests {

    private static final DreamQuestion FIRST_CHILD_QUESTION = new DreamQuestion(DreamQuestion.Audience.CHILD, 0);

    @Autowired
    DreamBoardService board;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void twentyConcurrentWritersLoseNothing() throws Exception {
        List<Actor.Participant> writers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            writers.add(data.participant(meeting, "Deelnemer " + i));
        }
        List<Callable<DreamCard>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Actor.Participant writer = writers.get(i);
            String text = "Antwoord van " + writer.displayName();
            tasks.add(() -> board.addCard(writer, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, text));
        }
        AtOnce.run(tasks);
        assertThat(board.listCards(facilitator, theCase.getId()))
                .extracting(DreamCard::getText)
                .hasSize(20)
                .containsAll(writers.stream().map(w -> "Antwoord van " + w.displayName()).toList());
    }

    @Test
    void twentyConcurrentEditsOfDifferentCardsAllLand() throws Exception {
        List<DreamCard> cards = new ArrayList<>();
        List<Actor.Participant> authors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Actor.Participant p = data.participant(meeting, "Schrijver " + i);
            authors.add(p);
            cards.add(board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "eerste versie " + i));
        }
        List<Callable<DreamCard>> edits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DreamCard card = cards.get(i);
            Actor.Participant author = authors.get(i);
            int n = i;
            edits.add(() -> board.editCard(author, card.getId(), card.getVersion(), "tweede versie " + n));
        }
        AtOnce.run(edits);
        assertThat(board.listCards(facilitator, theCase.getId()))
                .extracting(DreamCard::getText)
                .hasSize(20)
                .allMatch(t -> t.startsWith("tweede versie "));
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentTextAndOverwritesNothing() {
        Actor.Participant author = data.participant(meeting, "Sanne");
        DreamCard card = board.addCard(author, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "origineel");
        board.editCard(facilitator, card.getId(), card.getVersion(), "aangepast door begeleider");

        assertThatThrownBy(() -> board.editCard(author, card.getId(), card.getVersion(), "mijn late wijziging"))
                .isInstanceOf(StaleEditException.class)
                .satisfies(e -> assertThat(((StaleEditException) e).<DreamCard>current().getText())
                        .isEqualTo("aangepast door begeleider"));
        assertThat(board.listCards(facilitator, theCase.getId()))
                .extracting(DreamCard::getText).containsExactly("aangepast door begeleider");
    }

    @Test
    void authorsChangeTheirOwnCardsTheFacilitatorAny() {
        Actor.Participant author = data.participant(meeting, "Ahmed");
        Actor.Participant other = data.participant(meeting, "Bea");
        DreamCard card = board.addCard(author, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "van Ahmed");

        assertThatThrownBy(() -> board.editCard(other, card.getId(), card.getVersion(), "van Bea"))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> board.removeCard(other, card.getId())).isInstanceOf(NoAccessException.class);

        DreamCard edited = board.editCard(author, card.getId(), card.getVersion(), "van Ahmed, beter");
        board.removeCard(facilitator, edited.getId());
        assertThat(board.listCards(facilitator, theCase.getId())).isEmpty();
    }

    @Test
    void badInputIsRefusedAndTheStoreStaysIntact() {
        Actor.Participant p = data.participant(meeting, "Chris");
        DreamCard kept = board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "blijft staan");

        assertThatThrownBy(() -> board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "   "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "x".repeat(10_000)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "a\u0000b"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> board.addCard(p, theCase.getId(), meeting.getId(),
                new DreamQuestion(DreamQuestion.Audience.CHILD, 99), "bestaat niet"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> board.editCard(p, kept.getId(), kept.getVersion(), "")).isInstanceOf(InvalidInputException.class);

        DreamCard markup = board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "<script>alert(1)</script>");
        assertThat(markup.getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(board.listCards(p, theCase.getId())).extracting(DreamCard::getText)
                .containsExactly("blijft staan", "<script>alert(1)</script>");
    }

    @Test
    void editingOrRemovingADeletedCardSaysItIsGone() {
        Actor.Participant p = data.participant(meeting, "Dirk");
        DreamCard card = board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "weg zo");
        board.removeCard(facilitator, card.getId());
        assertThatThrownBy(() -> board.editCard(p, card.getId(), card.getVersion(), "toch niet"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> board.removeCard(p, card.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void participantsOfAClosedMeetingOrOtherCasesHaveNoAccess() {
        Actor.Participant p = data.participant(meeting, "Eva");
        Case otherCase = data.newCase(data.facilitator());
        assertThatThrownBy(() -> board.listCards(p, otherCase.getId())).isInstanceOf(NoAccessException.class);
        Actor.Facilitator stranger = data.facilitator();
        assertThatThrownBy(() -> board.listCards(stranger, theCase.getId())).isInstanceOf(NoAccessException.class);

        meetings.setInviteOpen(facilitator, meeting.getId(), false);
        assertThatThrownBy(() -> board.addCard(p, theCase.getId(), meeting.getId(), FIRST_CHILD_QUESTION, "te laat"))
                .isInstanceOf(NoAccessException.class);
        assertThat(board.listCards(facilitator, theCase.getId())).isEmpty();
    }
}
