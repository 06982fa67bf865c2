package nl.reflectiewerkplaats.sincelast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.facilitation.Verb;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.learningorders.LearningOrder;
import nl.reflectiewerkplaats.learningorders.LearningOrdersService;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Sinds de vorige keer" on the real store: in meeting 2 the overview lists what meeting 1 added
 * (timeline, geno-sociogram, afspraken, closing, lessons, revealed places, open questions), by whom;
 * participants see it only when the facilitator shares it; nothing private ever appears.
 */
@StoreTest
class SinceLastTimeTests {

    private static final DefaultI18NProvider I18N = new DefaultI18NProvider(List.of(Locale.of("nl", "NL")));
    static final BiFunction<String, Object[], String> DUTCH =
            (key, args) -> I18N.getTranslation(key, Locale.of("nl", "NL"), args);

    @Autowired
    SinceLastTimeService service;
    @Autowired
    MeetingService meetings;
    @Autowired
    TimelineService timeline;
    @Autowired
    GenogramService genogram;
    @Autowired
    AgreementService agreements;
    @Autowired
    ClosingService closing;
    @Autowired
    SharedNoteService notes;
    @Autowired
    LearningOrdersService lessons;
    @Autowired
    TensionFieldService fields;
    @Autowired
    RoundService rounds;
    @Autowired
    nl.reflectiewerkplaats.facilitation.FacilitationService facilitation;
    @Autowired
    TestData data;

    private Actor.Facilitator anna;
    private Case theCase;
    private Meeting first;
    private Meeting second;
    private Actor.Participant bram;

    @BeforeEach
    void twoMeetings() {
        anna = data.facilitator();
        theCase = data.newCase(anna);
        // both today: the order of creation tells them apart (as a group meeting twice on one day)
        first = meetings.createMeeting(anna, theCase.getId(), "Eerste leerbijeenkomst", DutchTime.today());
        second = meetings.createMeeting(anna, theCase.getId(), "Tweede leerbijeenkomst", DutchTime.today());
        bram = data.participant(first, "Bram");
    }

    private void meetingOne() {
        String c = theCase.getId();
        timeline.addEvent(bram, c, first.getId(), new TimelineEventDraft(EventDate.day(LocalDate.of(2023, 9, 4)),
                "Denise stopt met school", "", "", EventKind.DECISION));
        timeline.flagGap(bram, c, first.getId(), LocalDate.of(2022, 6, 1), "Wat gebeurde er in groep 8?");
        var oma = genogram.addPerson(bram, c, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "Oma Ria"));
        var denise = genogram.addPerson(anna, c, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "Denise"));
        genogram.addRelation(bram, c, DiagramKind.GENOGRAM, oma.getId(), denise.getId(), RelationType.CLOSE, 1, "");
        agreements.add(bram, c, first.getId(), "Mentor", "Belt moeder voor vrijdag", "", "", null);
        closing.toggle(bram, c, first.getId(), Verb.VERTRAGEN, false);
        closing.toggle(anna, c, first.getId(), Verb.VERTRAGEN, false);
        closing.toggle(anna, c, first.getId(), Verb.VERBINDEN, true);
        notes.add(bram, c, "afspraken:" + first.getId(), first.getId(), "Oma uitnodigen bij het volgende overleg");
        lessons.add(bram, c, first.getId(), LearningOrder.ART, "We gingen ervan uit dat moeder niet wil");
    }

    private static List<String> texts(SinceOverview overview, SinceEntry.Section section) {
        return overview.entries().stream().filter(e -> e.section() == section).map(SinceEntry::text).toList();
    }

    @Test
    void inMeetingTwoTheFacilitatorSeesWhatMeetingOneAddedAndByWhom() {
        meetingOne();
        SinceOverview overview = service.overview(anna, theCase.getId(), second.getId(), DUTCH);

        assertThat(overview.previousTitle()).isEqualTo("Eerste leerbijeenkomst");
        assertThat(overview.visible()).isTrue();
        assertThat(texts(overview, SinceEntry.Section.CHANGED)).containsExactly(
                "Tijdlijn: Denise stopt met school (4 september 2023)",
                "Geno-sociogram: Oma Ria",
                "Geno-sociogram: Denise",
                "Geno-sociogram: Nauw tussen Oma Ria en Denise");
        assertThat(overview.entries()).filteredOn(e -> e.section() == SinceEntry.Section.CHANGED)
                .extracting(SinceEntry::change).containsOnly(SinceEntry.Change.ADDED);
        assertThat(overview.entries()).filteredOn(e -> e.text().contains("Oma Ria") && !e.text().contains("tussen"))
                .singleElement().satisfies(e -> {
                    assertThat(e.detail()).startsWith("Bram, ");
                    assertThat(e.instrumentId()).isEqualTo("GENOGRAM");
                });
        assertThat(texts(overview, SinceEntry.Section.AGREED)).containsExactly(
                "Werkwoorden die pasten bij de vorige keer: vertragen (2)",
                "Werkwoorden die we daarna nodig hadden: verbinden (1)",
                "Afspraak: Belt moeder voor vrijdag · wie: Mentor · nu: Open",
                "Vastgelegd bij de afsluiting: Oma uitnodigen bij het volgende overleg");
        assertThat(texts(overview, SinceEntry.Section.LEARNED))
                .containsExactly("De kunst van het leren: We gingen ervan uit dat moeder niet wil");
        assertThat(texts(overview, SinceEntry.Section.OPEN)).containsExactly("Wat gebeurde er in groep 8? (rond 2022)");

        // the follow-up agenda opens with it
        assertThat(facilitation.useTemplate(anna, theCase.getId(), second.getId(), "plan:VERVOLG").getSteps())
                .first().satisfies(step -> assertThat(step.instrument()).isEqualTo("SINCELAST"));
        // meeting 1 itself has no "vorige keer"
        assertThat(service.overview(anna, theCase.getId(), first.getId(), DUTCH).firstMeeting()).isTrue();
    }

    @Test
    void aParticipantSeesTheOverviewOnlyWhenTheFacilitatorSharesIt() {
        meetingOne();
        Actor.Participant carla = data.participant(second, "Carla");
        SinceOverview hidden = service.overview(carla, theCase.getId(), second.getId(), DUTCH);
        assertThat(hidden.visible()).isFalse();
        assertThat(hidden.entries()).isEmpty();
        assertThat(hidden.toString()).doesNotContain("Denise stopt met school");

        // only whoever leads shares it
        assertThatThrownBy(() -> service.share(carla, theCase.getId(), second.getId(), true))
                .isInstanceOf(NoAccessException.class);
        assertThat(service.share(anna, theCase.getId(), second.getId(), true)).isTrue();
        SinceOverview shared = service.overview(carla, theCase.getId(), second.getId(), DUTCH);
        assertThat(shared.visible()).isTrue();
        assertThat(shared.entries()).extracting(SinceEntry::text).contains(
                "Tijdlijn: Denise stopt met school (4 september 2023)",
                "Afspraak: Belt moeder voor vrijdag · wie: Mentor · nu: Open");
        // sharing is per meeting and can be taken back
        assertThat(service.shared(anna, theCase.getId(), first.getId())).isFalse();
        service.share(anna, theCase.getId(), second.getId(), false);
        assertThat(service.overview(carla, theCase.getId(), second.getId(), DUTCH).entries()).isEmpty();
        // another case's facilitator gets nothing
        assertThatThrownBy(() -> service.overview(data.facilitator(), theCase.getId(), second.getId(), DUTCH))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void nothingPrivateAppearsOnlyRevealedPlacesAndNoNamesOfAnAnonymousRound() {
        String c = theCase.getId();
        Actor.Participant dirk = data.participant(first, "Dirk");
        // a named round, revealed: its places and names count
        Round named = fields.openRound(anna, c, first.getId(), "doorgaan-vertragen", Round.RevealMode.NAMED);
        fields.place(bram, named.getId(), 0.1);
        fields.place(dirk, named.getId(), 0.9);
        rounds.reveal(anna, named.getId());
        rounds.close(anna, named.getId());
        // an anonymous round, revealed: places count, names never
        Round anonymous = fields.openRound(anna, c, first.getId(), "jij-ik-wij", Round.RevealMode.ANONYMOUS);
        fields.place(bram, anonymous.getId(), 0.5);
        fields.place(dirk, anonymous.getId(), 0.2);
        rounds.reveal(anna, anonymous.getId());
        rounds.close(anna, anonymous.getId());
        // a round stopped before its reveal: private, nothing of it may show
        Round hidden = fields.openRound(anna, c, first.getId(), "hoofd-hart-handen", Round.RevealMode.NAMED);
        fields.place(bram, hidden.getId(), 0.95);
        rounds.close(anna, hidden.getId());

        service.share(anna, c, second.getId(), true);
        Actor.Participant carla = data.participant(second, "Carla");
        for (Actor viewer : List.of(anna, carla)) {
            SinceOverview overview = service.overview(viewer, c, second.getId(), DUTCH);
            List<SinceEntry> placed = overview.entries().stream()
                    .filter(e -> e.section() == SinceEntry.Section.PLACED).toList();
            assertThat(placed).extracting(SinceEntry::text).containsExactlyInAnyOrder(
                    "Doorgaan en vertragen bij stagnerende hulp: 1 dichter bij Doorgaan, 0 in het midden, 1 dichter bij Vertragen",
                    "Jij-en-ik en wij²: 1 dichter bij Jij-en-ik, 1 in het midden, 0 dichter bij Wij²");
            assertThat(placed).filteredOn(e -> e.text().startsWith("Doorgaan")).singleElement()
                    .extracting(SinceEntry::detail).asString().contains("Bram 10", "Dirk 90");
            assertThat(placed).filteredOn(e -> e.text().startsWith("Jij")).singleElement()
                    .extracting(SinceEntry::detail).asString().doesNotContain("Bram").doesNotContain("Dirk");
            // what a person reads (not the whole record: a time stamp's milliseconds can hold "95")
            String shown = overview.entries().stream().map(e -> e.text() + " " + e.detail())
                    .collect(Collectors.joining("\n"));
            assertThat(shown).doesNotContain("Het weten van het hoofd").doesNotContain("95");
        }
    }
}
