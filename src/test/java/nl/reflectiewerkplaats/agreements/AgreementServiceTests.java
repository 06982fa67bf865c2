package nl.reflectiewerkplaats.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class AgreementServiceTests {

    @Autowired
    AgreementService agreements;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void anAfspraakNeedsWhatIsAgreedAndKeepsWhoWhyHowAndWhen() {
        assertThatThrownBy(() -> agreements.add(facilitator, theCase.getId(), meeting.getId(), "Mentor", " ", "", "",
                null)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.input.required");
                    assertThat(e.arguments()).containsExactly("field.agreements.what");
                });
        var due = DutchTime.today().plusWeeks(2);
        AgreementItem made = agreements.add(facilitator, theCase.getId(), meeting.getId(), "Mentor",
                "Belt moeder elke vrijdag", "Zodat thuis weet hoe de week ging", "Kort telefoontje", due);
        assertThat(agreements.list(facilitator, theCase.getId())).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("Mentor");
            assertThat(a.what()).isEqualTo("Belt moeder elke vrijdag");
            assertThat(a.why()).isEqualTo("Zodat thuis weet hoe de week ging");
            assertThat(a.how()).isEqualTo("Kort telefoontje");
            assertThat(a.due()).isEqualTo(due);
            assertThat(a.status()).isEqualTo(AgreementStatus.OPEN);
            assertThat(a.meetingId()).isEqualTo(meeting.getId());
            assertThat(a.id()).isEqualTo(made.id());
        });
    }

    @Test
    void aGoalBecomesAnAfspraakInOneCallAndTheNextMeetingSetsItsStatus() {
        Actor.Participant bram = data.participant(meeting, "Bram");
        AgreementItem fromGoal = agreements.fromGoal(bram, theCase.getId(), meeting.getId(),
                "Ouders weten wat de school doet", "Doel in de cirkel Thuis");
        assertThat(fromGoal.what()).isEqualTo("Ouders weten wat de school doet");
        assertThat(fromGoal.origin()).isEqualTo("Doel in de cirkel Thuis");
        assertThat(fromGoal.who()).isEmpty();

        Meeting next = data.newMeeting(facilitator, theCase);
        Actor.Participant sanne = data.participant(next, "Sanne");
        // in the next meeting a participant of that meeting sees it and says how it went
        assertThat(agreements.list(sanne, theCase.getId())).extracting(AgreementItem::meetingId)
                .containsExactly(meeting.getId());
        agreements.setStatus(sanne, fromGoal.id(), AgreementStatus.PARTLY);
        assertThat(agreements.list(facilitator, theCase.getId())).singleElement()
                .extracting(AgreementItem::status).isEqualTo(AgreementStatus.PARTLY);
        // but only the author or whoever leads rewrites or removes it
        assertThatThrownBy(() -> agreements.remove(sanne, fromGoal.id(), fromGoal.version() + 1))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedWithTheAfspraakAsItIsNow() {
        AgreementItem made = agreements.add(facilitator, theCase.getId(), meeting.getId(), "", "Verzuim bespreken",
                "", "", null);
        agreements.edit(facilitator, made.id(), made.version(), "Leerplicht", "Verzuim bespreken", "", "", null);
        assertThatThrownBy(() -> agreements.edit(facilitator, made.id(), made.version(), "Mentor",
                "Verzuim bespreken met ouders", "", "", null))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.agreements.stale");
                    assertThat(e.<AgreementItem>current().who()).isEqualTo("Leerplicht");
                });
        assertThat(agreements.list(facilitator, theCase.getId())).singleElement().satisfies(a -> {
            assertThat(a.who()).isEqualTo("Leerplicht");
            assertThat(a.what()).isEqualTo("Verzuim bespreken");
        });
    }
}
