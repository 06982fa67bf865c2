package nl.reflectiewerkplaats.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import org.assertj.core.api.Assertions;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

@StoreTest
class FacilitationServiceTests {

    @Autowired
    FacilitationService facilitation;
    @Autowired
    TensionFieldService fields;
    @Autowired
    TestData data;
    @Autowired
    CaseService cases;

    @Test
    void theFacilitatorLeadsTheAgendaParticipantsSayKlaar() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Pien");
        Agenda agenda = facilitation.agenda(p, c.getId(), m.getId());
        assertThat(agenda.getSteps()).extracting(Agenda.Step::instrument)
                .containsExactly("DREAM", "FIELDS", "PERSPECTIVE", "CLOSING");
        assertThatThrownBy(() -> facilitation.goTo(p, c.getId(), m.getId(), agenda.getSteps().get(1).id()))
                .isInstanceOf(NoAccessException.class);

        assertThat(facilitation.ready(p, c.getId(), m.getId(), true).readyCount()).isEqualTo(1);
        Agenda moved = facilitation.goTo(f, c.getId(), m.getId(), agenda.getSteps().get(1).id());
        assertThat(moved.current()).get().extracting(Agenda.Step::instrument).isEqualTo("FIELDS");
        assertThat(moved.readyCount()).as("a new step starts with nobody ready").isZero();

        Agenda timed = facilitation.startTimer(f, c.getId(), m.getId(), 10);
        assertThat(timed.getTimerEndsAt()).isNotNull();
        Agenda paused = facilitation.pauseTimer(f, c.getId(), m.getId());
        assertThat(paused.getTimerPausedSeconds()).isBetween(598L, 600L);
        assertThat(facilitation.extendTimer(f, c.getId(), m.getId(), 5).getTimerPausedSeconds()).isBetween(898L, 900L);
        assertThat(facilitation.resumeTimer(f, c.getId(), m.getId()).getTimerEndsAt()).isNotNull();
        assertThatThrownBy(() -> facilitation.startTimer(f, c.getId(), m.getId(), 0)).isInstanceOf(InvalidInputException.class);

        // a round started elsewhere takes the agenda along
        fields.openRound(f, c.getId(), m.getId(), "jij-ik-wij", Round.RevealMode.NAMED);
        facilitation.goTo(f, c.getId(), m.getId(), agenda.getSteps().get(0).id());
        fields.openRound(f, c.getId(), m.getId(), "jij-ik-wij", Round.RevealMode.NAMED);
        assertThat(facilitation.agenda(f, c.getId(), m.getId()).current()).get()
                .extracting(Agenda.Step::instrument).isEqualTo("FIELDS");
    }

    @Autowired
    ClosingService closing;

    @Test
    void theClosingOverviewGivesOwnChoiceCountsAndChoosersFromOneRead() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant pien = data.participant(m, "Pien");
        Actor.Participant ravi = data.participant(m, "Ravi");
        Verb[] verbs = Verb.values();
        closing.toggle(pien, c.getId(), m.getId(), verbs[0], false);
        closing.toggle(pien, c.getId(), m.getId(), verbs[1], true);
        closing.toggle(ravi, c.getId(), m.getId(), verbs[0], false);

        ClosingService.ClosingOverview forPien = closing.overview(pien, c.getId(), m.getId());
        assertThat(forPien.mine().getToday()).containsExactly(verbs[0]);
        assertThat(forPien.mine().getNext()).containsExactly(verbs[1]);
        assertThat(forPien.counts(false).get(verbs[0])).isEqualTo(2);
        assertThat(forPien.counts(true).get(verbs[1])).isEqualTo(1);
        assertThat(forPien.counts(true).get(verbs[0])).isZero();
        assertThat(forPien.choosers(false)).isEqualTo(2);
        assertThat(forPien.choosers(true)).isEqualTo(1);
        // the same figures as the separate questions; someone who chose nothing gets an empty choice of their own
        assertThat(forPien.counts(false)).isEqualTo(closing.counts(f, c.getId(), m.getId(), false));
        assertThat(forPien.choosers(true)).isEqualTo(closing.choosers(f, c.getId(), m.getId(), true));
        ClosingService.ClosingOverview forFacilitator = closing.overview(f, c.getId(), m.getId());
        assertThat(forFacilitator.mine().getToday()).isEmpty();
        assertThat(forFacilitator.mine().getNext()).isEmpty();
        assertThat(closing.overview(ravi, c.getId(), m.getId()).mine().getToday()).containsExactly(verbs[0]);

        Meeting other = data.newMeeting(f, data.newCase(f));
        assertThatThrownBy(() -> closing.overview(pien, other.getCaseId(), other.getId()))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void templatesAreTheFacilitatorsOwnAndCarryNoCaseContent() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Agenda agenda = facilitation.agenda(f, c.getId(), m.getId());
        facilitation.removeStep(f, c.getId(), m.getId(), agenda.getSteps().get(2).id());
        facilitation.addStep(f, c.getId(), m.getId(), "LANGUAGE", "Gevoelskaarten", 10);
        AgendaTemplate template = facilitation.saveTemplate(f, c.getId(), m.getId(), "Korte bijeenkomst");

        Meeting next = data.newMeeting(f, data.newCase(f));
        Agenda used = facilitation.useTemplate(f, next.getCaseId(), next.getId(), template.getId());
        assertThat(used.getSteps()).extracting(Agenda.Step::title)
                .containsExactly("Vragen naar de droom", "Spanningsvelden", "Afsluiting", "Gevoelskaarten");
        assertThat(used.currentIndex()).isZero();

        Actor.Facilitator other = data.facilitator();
        assertThat(facilitation.templates(other)).extracting(AgendaTemplate::getId).doesNotContain(template.getId());
        Meeting theirs = data.newMeeting(other, data.newCase(other));
        assertThatThrownBy(() -> facilitation.useTemplate(other, theirs.getCaseId(), theirs.getId(), template.getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePreparationIsForTheFacilitatorOnly() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Quirine");
        facilitation.writePreparation(f, c.getId(), m.getId(), "Waarom wachten we op elkaar?", "Let op de stille deelnemers.");
        assertThat(facilitation.preparation(f, c.getId(), m.getId()).getNotes()).isEqualTo("Let op de stille deelnemers.");
        assertThatThrownBy(() -> facilitation.preparation(p, c.getId(), m.getId())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> facilitation.writePreparation(f, c.getId(), m.getId(), "x", "y".repeat(10_000)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLeadIsHandedToACoFacilitatorWhoThenAloneSteersUntilItIsTakenBack() {
        Actor.Facilitator anna = data.facilitator();
        Actor.Facilitator bram = data.facilitator();
        Actor.Facilitator stranger = data.facilitator();
        var c = data.newCase(anna);
        cases.shareWith(anna, c.getId(), bram.id());
        var m = data.newMeeting(anna, c);
        Agenda agenda = facilitation.agenda(anna, c.getId(), m.getId());
        String second = agenda.getSteps().get(1).id();
        String third = agenda.getSteps().get(2).id();

        Assertions.assertThatThrownBy(() -> facilitation.handLead(anna, c.getId(), m.getId(),
                stranger.id(), stranger.displayName())).isInstanceOf(InvalidInputException.class);
        Agenda handed = facilitation.handLead(anna, c.getId(), m.getId(), bram.id(), bram.displayName());
        assertThat(handed.getLeaderName()).isEqualTo(bram.displayName());

        var refused = Assertions.catchThrowableOfType(
                InvalidInputException.class,
                () -> facilitation.goTo(anna, c.getId(), m.getId(), second));
        assertThat(refused.messageKey()).isEqualTo("error.agenda.notLeader");
        assertThat(facilitation.goTo(bram, c.getId(), m.getId(), second).current()).get()
                .extracting(Agenda.Step::id).isEqualTo(second);

        // Bram's connection drops: Anna takes the lead back and the meeting goes on
        facilitation.takeLead(anna, c.getId(), m.getId());
        assertThat(facilitation.goTo(anna, c.getId(), m.getId(), third).current()).get()
                .extracting(Agenda.Step::id).isEqualTo(third);
        assertThat(facilitation.agenda(bram, c.getId(), m.getId()).getLeaderId()).isEqualTo(anna.id());
    }

    @Test
    void aSharedNoteFromAnyInstrumentCanBeLitUpForEveryone(
            @Autowired SharedNoteService notes) {
        Actor.Facilitator anna = data.facilitator();
        var c = data.newCase(anna);
        var m = data.newMeeting(anna, c);
        Actor.Participant bram = data.participant(m, "Bram");
        var note = notes.add(bram, c.getId(), "spanningsveld:doorgaan-vertragen", m.getId(), "We rennen allemaal door.");
        assertThat(notes.canSpotlight()).isTrue();
        assertThatThrownBy(() -> notes.spotlight(bram, note.id(), m.getId())).isInstanceOf(NoAccessException.class);
        notes.spotlight(anna, note.id(), m.getId());
        assertThat(facilitation.agenda(bram, c.getId(), m.getId()).getSpotlight()).isEqualTo("We rennen allemaal door.");
    }

    @Test
    void anAgendaStoredBeforeInstrumentsRegisteredThemselvesStillLoadsAndFollowsItsRounds(@Autowired MongoTemplate mongo) {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting fresh = data.newMeeting(f, c);
        facilitation.agenda(f, c.getId(), fresh.getId());
        Document stored = mongo.getCollection("agendas").find(new Document("meetingId", fresh.getId())).first();
        assertThat(stored.getList("steps", Document.class)).extracting(s -> s.get("instrument"))
                .as("ids are stored as the plain strings the old enum was stored as")
                .containsExactly("DREAM", "FIELDS", "PERSPECTIVE", "CLOSING");

        // an agenda as the old enum wrote it, with a step of an instrument that is gone
        Meeting old = data.newMeeting(f, c);
        mongo.getCollection("agendas").insertOne(new Document("meetingId", old.getId()).append("caseId", c.getId())
                .append("steps", List.of(oldStep("s1", "GENOGRAM", "Het netwerk"), oldStep("s2", "FIELDS", "Velden"),
                        oldStep("s3", "SPINNENWEB", "Weggehaald")))
                .append("currentStepId", "s1").append("ready", List.of()).append("silence", false).append("version", 3L)
                .append("_class", Agenda.class.getName()));

        Agenda loaded = facilitation.agenda(f, c.getId(), old.getId());
        assertThat(loaded.getSteps()).extracting(Agenda.Step::instrument).containsExactly("GENOGRAM", "FIELDS", "SPINNENWEB");
        assertThat(loaded.current()).get().extracting(Agenda.Step::title).isEqualTo("Het netwerk");
        fields.openRound(f, c.getId(), old.getId(), "jij-ik-wij", Round.RevealMode.NAMED);
        assertThat(facilitation.agenda(f, c.getId(), old.getId()).current()).get()
                .as("a spanningsveld round still takes the old agenda to its step").extracting(Agenda.Step::id)
                .isEqualTo("s2");
    }

    @Test
    void aStepNeedsARegisteredInstrument() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        var refused = Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> facilitation.addStep(f, c.getId(), m.getId(), "SPINNENWEB", "Het web", 10));
        assertThat(refused.messageKey()).isEqualTo("error.agenda.unknownInstrument");
        assertThat(facilitation.agenda(f, c.getId(), m.getId()).getSteps()).extracting(Agenda.Step::instrument)
                .as("the agenda is as it was").containsExactly("DREAM", "FIELDS", "PERSPECTIVE", "CLOSING");
    }

    private static Document oldStep(String id, String instrument, String title) {
        return new Document("_id", id).append("instrument", instrument).append("title", title).append("plannedMinutes", 15);
    }
}
