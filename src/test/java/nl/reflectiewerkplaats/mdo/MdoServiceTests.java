package nl.reflectiewerkplaats.mdo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.AgendaTemplate;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class MdoServiceTests {

    @Autowired
    MdoService mdo;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void aPlannedMdoRunsTheSixStepsOverTheMdoTheCirclesAndTheAfspraken() {
        Meeting planned = mdo.planMdo(facilitator, theCase.getId(), "MDO oktober", DutchTime.today());
        Agenda agenda = facilitation.agenda(facilitator, theCase.getId(), planned.getId());
        assertThat(agenda.getSteps()).extracting(Agenda.Step::title).containsExactly("Voorbereiding",
                "Start en agenda", "Overzicht", "Inzicht", "Uitzicht", "Afronding");
        assertThat(agenda.getSteps()).extracting(Agenda.Step::instrument).containsExactly("MDO", "AGREEMENTS",
                "CIRCLES", "CIRCLES", "CIRCLES", "AGREEMENTS");
        assertThat(mdo.isMdo(facilitator, theCase.getId(), planned.getId())).isTrue();
        assertThat(mdo.isMdo(facilitator, theCase.getId(), meeting.getId())).isFalse();
        // every facilitator finds it among the templates, and can turn an existing meeting into an MDO
        AgendaTemplate offered = facilitation.templates(data.facilitator()).getFirst();
        assertThat(offered.getName()).isEqualTo("MDO in zes stappen");
        facilitation.useTemplate(facilitator, theCase.getId(), meeting.getId(), offered.getId());
        assertThat(mdo.isMdo(facilitator, theCase.getId(), meeting.getId())).isTrue();
    }

    @Test
    void consentIsTheParentsUnder16AndTheYoungPersonsOwnFrom16() {
        String c = theCase.getId();
        String m = meeting.getId();
        var today = DutchTime.today();
        assertThatThrownBy(() -> mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.UNDER_16,
                Consent.Giver.YOUNG_PERSON, "de jongere", today, true, true, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.mdo.consentOfParents"));
        assertThatThrownBy(() -> mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.FROM_16,
                Consent.Giver.PARENTS, "moeder", today, true, true, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.mdo.consentOfYoungPerson"));
        assertThatThrownBy(() -> mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.UNDER_16,
                Consent.Giver.PARENTS, "moeder", today.plusDays(1), true, true, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.mdo.consentInFuture"));
        assertThat(mdo.consent(facilitator, c, m)).isEmpty();

        Consent given = mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.UNDER_16, Consent.Giver.PARENTS,
                "moeder en vader", today.minusDays(3), false, true, 0);
        assertThat(mdo.consent(facilitator, c, m)).hasValueSatisfying(stored -> {
            assertThat(stored.givenBy()).isEqualTo("moeder en vader");
            assertThat(stored.givenOn()).isEqualTo(today.minusDays(3));
            assertThat(stored.parentsTakePart()).isTrue();
            assertThat(stored.childTakesPart()).isFalse();
            assertThat(stored.recordedBy()).isEqualTo(facilitator.displayName());
        });
        // a form filled in before any consent was recorded names NONE (the first stored version is 0,
        // so 0 cannot mean "none"): it does not overwrite the first consent unseen
        assertThatThrownBy(() -> mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.UNDER_16,
                Consent.Giver.PARENTS, "oma", today, false, false, Consent.NONE))
                .isInstanceOf(nl.reflectiewerkplaats.base.StaleEditException.class);
        assertThat(mdo.consent(facilitator, c, m)).get().extracting(Consent::givenBy).isEqualTo("moeder en vader");
        // a participant reads it but does not record it
        Actor.Participant bram = data.participant(meeting, "Bram");
        assertThat(mdo.consent(bram, c, m)).isPresent();
        assertThatThrownBy(() -> mdo.recordConsent(bram, c, m, Consent.AgeGroup.FROM_16, Consent.Giver.YOUNG_PERSON,
                "de jongere", today, true, false, given.version())).isInstanceOf(NoAccessException.class);
        // a form filled from an older version does not overwrite
        mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.FROM_16, Consent.Giver.YOUNG_PERSON, "de jongere",
                today, true, false, given.version());
        assertThatThrownBy(() -> mdo.recordConsent(facilitator, c, m, Consent.AgeGroup.UNDER_16,
                Consent.Giver.PARENTS, "oma", today, false, false, given.version()))
                .isInstanceOf(nl.reflectiewerkplaats.base.StaleEditException.class);
        assertThat(mdo.consent(facilitator, c, m)).get().extracting(Consent::givenBy).isEqualTo("de jongere");
    }
}
