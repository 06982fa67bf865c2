package nl.reflectiewerkplaats.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.support.TestDataConfiguration;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import com.vaadin.flow.i18n.I18NProvider;
import nl.reflectiewerkplaats.support.TestStore;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One participant cannot flood a meeting: a cap on what they add in one meeting (over
 * every instrument together) and on how many join through one link; refusals are in
 * Dutch and nothing is stored past the cap. Small limits here, so the test is quick;
 * the per-minute rate runs with the real default in {@link ContributionRateTests}.
 */
@SpringBootTest(properties = {"vaadin.launch-browser=false", "reflectiewerkplaats.limits.items-per-participant=6",
        "reflectiewerkplaats.limits.participants-per-link=3", "reflectiewerkplaats.limits.adds-per-minute=1000"})
@Import(TestDataConfiguration.class)
class ContributionLimitsTests {

    /** A context of its own (other settings): its own store folder, beside the shared test context's. */
    @org.springframework.test.context.DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        registry.add("reflectiewerkplaats.data-dir",
                () -> TestStore.newFolder("rw-contribution-limits").toString());
    }

    @Autowired
    TestData data;
    @Autowired
    MeetingService meetings;
    @Autowired
    DreamBoardService dream;
    @Autowired
    SharedNoteService notes;
    @Autowired
    TimelineService timeline;
    @Autowired
    GenogramService genogram;
    @Autowired
    I18NProvider i18n;

    @Test
    void aParticipantAddsAtMostTheCapInOneMeetingOverEveryInstrument() {
        Actor.Facilitator anna = data.facilitator();
        Case c = data.newCase(anna);
        Meeting m = data.newMeeting(anna, c);
        Actor.Participant bram = data.participant(m, "Bram");
        Actor.Participant dewi = data.participant(m, "Dewi");
        DreamQuestion q = new DreamQuestion(DreamQuestion.Audience.CHILD, 0);

        for (int i = 0; i < 2; i++) {
            dream.addCard(bram, c.getId(), m.getId(), q, "kaart " + i);
            notes.add(bram, c.getId(), "droom", m.getId(), "notitie " + i);
        }
        timeline.addEvent(bram, c.getId(), m.getId(), new TimelineEventDraft(EventDate.day(LocalDate.of(2020, 3, 1)),
                "verhuisd", "", "", EventKind.DECISION));
        genogram.addPerson(bram, c.getId(), DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "oma"));
        // six added: the seventh is refused, whatever the instrument
        String refused = messageOf(() -> dream.addCard(bram, c.getId(), m.getId(), q, "zevende"));
        assertThat(refused).isEqualTo("Je hebt in deze bijeenkomst al 6 dingen toegevoegd: meer kan niet. "
                + "Overleg met de begeleider wat weg kan.");
        assertThat(messageOf(() -> genogram.addPerson(bram, c.getId(), DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.MALE, "opa")))).isEqualTo(refused);
        assertThat(dream.listCards(anna, c.getId())).extracting(card -> card.getText())
                .containsExactlyInAnyOrder("kaart 0", "kaart 1");
        // another participant and the facilitator are not held back by Bram's cap
        dream.addCard(dewi, c.getId(), m.getId(), q, "van Dewi");
        for (int i = 0; i < 8; i++) {
            dream.addCard(anna, c.getId(), m.getId(), q, "van Anna " + i);
        }
        assertThat(dream.listCards(anna, c.getId())).hasSize(2 + 1 + 8);
    }

    @Test
    void aRefusedAdditionDoesNotCountAgainstTheCap() {
        Actor.Facilitator anna = data.facilitator();
        Case c = data.newCase(anna);
        Meeting m = data.newMeeting(anna, c);
        Actor.Participant bram = data.participant(m, "Bram");
        DreamQuestion q = new DreamQuestion(DreamQuestion.Audience.CHILD, 0);
        for (int i = 0; i < 10; i++) {
            // empty text: refused by the service, so not counted
            assertThat(messageOf(() -> dream.addCard(bram, c.getId(), m.getId(), q, " "))).isNotEqualTo("geen fout");
        }
        for (int i = 0; i < 6; i++) {
            dream.addCard(bram, c.getId(), m.getId(), q, "kaart " + i);
        }
        assertThat(dream.listCards(anna, c.getId())).hasSize(6);
    }

    @Test
    void atMostTheLimitJoinThroughOneLink() {
        Actor.Facilitator anna = data.facilitator();
        Case c = data.newCase(anna);
        Meeting m = data.newMeeting(anna, c);
        for (int i = 0; i < 3; i++) {
            data.participant(m, "Deelnemer " + i);
        }
        assertThat(messageOf(() -> meetings.join(m.getInviteToken(), "Nummer vier", "wijkteam")))
                .isEqualTo("Via deze link doen al 3 mensen mee: meer kan niet. Vraag de begeleider om hulp.");
        assertThat(meetings.listParticipants(anna, m.getId())).hasSize(3);
        // the watch link is a link of its own
        String watch = meetings.watchLink(anna, m.getId()).getWatchToken();
        meetings.join(watch, "Meekijker", "student", null, false);
        assertThat(meetings.listParticipants(anna, m.getId())).hasSize(4);
    }

    private String messageOf(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            return i18n.getTranslation(e.messageKey(), Locale.of("nl"), e.arguments());
        }
        return "geen fout";
    }
}
