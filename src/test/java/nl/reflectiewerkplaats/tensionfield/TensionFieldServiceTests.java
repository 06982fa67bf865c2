package nl.reflectiewerkplaats.tensionfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceRegistry;
import nl.reflectiewerkplaats.notes.SharedNote;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import org.assertj.core.groups.Tuple;
import org.springframework.context.ApplicationContext;

@StoreTest
class TensionFieldServiceTests {

    private static final String FIELD = "doorgaan-vertragen";

    @Autowired
    TensionFieldService fields;
    @Autowired
    RoundService rounds;
    @Autowired
    CaseBroadcaster broadcaster;
    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;
    @Autowired
    PresenceRegistry presence;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant ann;
    Actor.Participant bob;

    @BeforeEach
    void setUp() {
        ann = data.participant(meeting, "Ann");
        bob = data.participant(meeting, "Bob");
    }

    @Test
    void beforeTheRevealEveryoneSeesOnlyTheirOwnMarkerAfterItAll() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, round.getId(), 0.2);
        fields.place(bob, round.getId(), 0.9);

        assertThat(fields.markers(ann, round.getId())).extracting(MarkerView::position).containsExactly(0.2);
        assertThat(fields.markers(bob, round.getId())).extracting(MarkerView::position).containsExactly(0.9);
        assertThat(fields.markers(facilitator, round.getId())).isEmpty();
        assertThat(fields.answeredBy(facilitator, round.getId())).containsExactly("Ann", "Bob");
        assertThatThrownBy(() -> fields.answeredBy(ann, round.getId())).isInstanceOf(NoAccessException.class);

        rounds.reveal(facilitator, round.getId());
        assertThat(fields.markers(ann, round.getId())).extracting(MarkerView::label, MarkerView::mine)
                .containsExactly(Tuple.tuple("Ann", true), Tuple.tuple("Bob", false));
        assertThat(fields.markers(facilitator, round.getId())).hasSize(2);
    }

    @Test
    void anAnonymousRevealShowsNoNamesButYourOwn() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        fields.place(ann, round.getId(), 0.3);
        fields.place(bob, round.getId(), 0.6);
        rounds.reveal(facilitator, round.getId());
        assertThat(fields.markers(facilitator, round.getId())).extracting(MarkerView::label).containsOnly("");
        assertThat(fields.markers(ann, round.getId())).extracting(MarkerView::label).containsExactly("Ann", "");
    }

    @Test
    void placingAfterTheRevealGoesIntoTheMoveStep() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, round.getId(), 0.25);
        assertThatThrownBy(() -> fields.move(ann, round.getId(), 0.3, "te vroeg")).isInstanceOf(InvalidInputException.class);
        rounds.reveal(facilitator, round.getId());

        Placement moved = fields.place(ann, round.getId(), 0.4);
        assertThat(moved.getPosition()).isEqualTo(0.25);
        assertThat(moved.getMovedTo()).isEqualTo(0.4);
        Placement withReason = fields.move(ann, round.getId(), 0.45, "Ik merk dat vertragen me rust geeft.");
        assertThat(withReason.getPosition()).isEqualTo(0.25);
        assertThat(withReason.currentPosition()).isEqualTo(0.45);
        assertThat(fields.markers(bob, round.getId())).singleElement()
                .satisfies(m -> assertThat(m.moveReason()).isEqualTo("Ik merk dat vertragen me rust geeft."));

        // a late joiner places after the reveal: a first place, no move
        Actor.Participant late = data.participant(meeting, "Cas");
        Placement first = fields.place(late, round.getId(), 0.7);
        assertThat(first.getMovedTo()).isNull();
    }

    @Test
    void badPlacementsAreRefusedAndNothingChanges() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, round.getId(), 0.5);
        assertThatThrownBy(() -> fields.place(ann, round.getId(), 1.5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fields.place(ann, round.getId(), Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fields.openRound(facilitator, theCase.getId(), meeting.getId(), "bestaat-niet",
                Round.RevealMode.NAMED)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fields.openRound(ann, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> rounds.reveal(ann, round.getId())).isInstanceOf(NoAccessException.class);
        rounds.reveal(facilitator, round.getId());
        assertThatThrownBy(() -> fields.move(ann, round.getId(), 0.6, "x".repeat(10_000))).isInstanceOf(InvalidInputException.class);
        assertThat(fields.markers(ann, round.getId())).singleElement()
                .satisfies(m -> assertThat(m.current()).isEqualTo(0.5));
    }

    @Test
    void privateMarkersTravelOnlyToTheirOwnerUntilTheReveal() throws Exception {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        List<String> bobSaw = new CopyOnWriteArrayList<>();
        List<List<String>> facilitatorSaw = new CopyOnWriteArrayList<>();
        CountDownLatch progress = new CountDownLatch(1);
        // one channel for Bob, as his open view has: markers and progress alike
        var bobSub = broadcaster.subscribe(theCase.getId(), bob, e -> {
            if (e instanceof PlacementChanged placed) {
                bobSaw.add(placed.placement().ownerName());
            } else if (e instanceof RoundProgress) {
                bobSaw.add("progress");
            }
        });
        var facSub = broadcaster.subscribe(theCase.getId(), facilitator, RoundProgress.class, e -> {
            facilitatorSaw.add(e.answeredBy());
            progress.countDown();
        });
        try {
            fields.place(ann, round.getId(), 0.1);
            assertThat(progress.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(facilitatorSaw).containsExactly(List.of("Ann"));
            // Bob places his own: it reaches him on the same channel after anything of Ann's would have
            fields.place(bob, round.getId(), 0.7);
            awaitUntil(() -> !bobSaw.isEmpty());
            assertThat(bobSaw).as("Bob gets his own marker, neither Ann's nor the progress").containsExactly("Bob");

            rounds.reveal(facilitator, round.getId());
            fields.move(ann, round.getId(), 0.2, "");
            awaitUntil(() -> bobSaw.contains("Ann"));
            assertThat(bobSaw).containsExactly("Bob", "Ann");
        } finally {
            bobSub.cancel();
            facSub.cancel();
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    /**
     * Issue 15, finding 6: placed as Dewi 84.6, Chantal 59.2, Bram 13.7 — the reveal must not
     * send the markers in that order, nor may the facilitator's "who has placed" list be in it.
     */
    @Test
    void anAnonymousRevealSaysNothingAboutWhoByItsOrderAndTheProgressListIsInNameOrder() throws Exception {
        Actor.Participant dewi = data.participant(meeting, "Dewi");
        Actor.Participant chantal = data.participant(meeting, "Chantal");
        Actor.Participant bram = data.participant(meeting, "Bram");
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        List<List<String>> progress = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        var sub = broadcaster.subscribe(theCase.getId(), facilitator, RoundProgress.class, e -> {
            progress.add(e.answeredBy());
            three.countDown();
        });
        try {
            fields.place(dewi, round.getId(), 0.846);
            fields.place(chantal, round.getId(), 0.592);
            fields.place(bram, round.getId(), 0.137);
            assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            sub.cancel();
        }
        assertThat(progress.getLast()).containsExactly("Bram", "Chantal", "Dewi");
        assertThat(fields.answeredBy(facilitator, round.getId())).containsExactly("Bram", "Chantal", "Dewi");

        rounds.reveal(facilitator, round.getId());
        for (Actor viewer : List.<Actor>of(facilitator, dewi, ann)) {
            assertThat(fields.markers(viewer, round.getId())).extracting(MarkerView::position)
                    .as("by place, not in placing order (0.846, 0.592, 0.137)").containsExactly(0.137, 0.592, 0.846);
        }
        assertThat(fields.history(ann, theCase.getId(), FIELD).getFirst().markers()).extracting(MarkerView::position)
                .containsExactly(0.137, 0.592, 0.846);
    }

    /** Issue 15, finding 6: in an anonymous round "vertrokken" plus the list of who is here would name a marker. */
    @Test
    void anAnonymousRoundDoesNotMarkWhoLeft() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        String bobHere = presence.enter(theCase.getId(), meeting.getId(),
                new Presence(bob.id(), "Bob", "wijkteam", false), System::currentTimeMillis);
        try {
            fields.place(ann, round.getId(), 0.3);
            fields.place(bob, round.getId(), 0.6);
            rounds.reveal(facilitator, round.getId());
            assertThat(fields.markers(facilitator, round.getId())).hasSize(2).noneMatch(MarkerView::left);
            Placement annsPlace = fields.place(ann, round.getId(), 0.35);
            assertThat(fields.markerFor(bob, round, annsPlace.view()).left()).isFalse();
        } finally {
            presence.leave(bobHere);
        }
    }

    @Test
    void historyShowsEachMeetingsRevealedSpread() {
        Round first = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, first.getId(), 0.1);
        fields.place(bob, first.getId(), 0.2);
        rounds.reveal(facilitator, first.getId());

        Meeting second = data.newMeeting(facilitator, theCase);
        Actor.Participant ann2 = data.participant(second, "Ann");
        Actor.Participant bob2 = data.participant(second, "Bob");
        Round next = fields.openRound(facilitator, theCase.getId(), second.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann2, next.getId(), 0.6);
        fields.place(bob2, next.getId(), 0.8);
        rounds.reveal(facilitator, next.getId());

        List<TensionFieldService.RoundSnapshot> history = fields.history(facilitator, theCase.getId(), FIELD);
        assertThat(history).extracting(s -> s.round().getMeetingId()).containsExactly(meeting.getId(), second.getId());
        assertThat(Spread.of(history.get(0).markers().stream().map(MarkerView::current).toList()))
                .satisfies(s -> assertThat(s.max()).isEqualTo(0.2));
        assertThat(Spread.of(history.get(1).markers().stream().map(MarkerView::current).toList()))
                .satisfies(s -> assertThat(s.min()).isEqualTo(0.6));
    }

    @Test
    void someoneWhoLeftKeepsTheirMarkerMarkedAsLeft() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        String bobHere = presence.enter(theCase.getId(), meeting.getId(),
                new Presence(bob.id(), "Bob", "wijkteam", false), System::currentTimeMillis);
        try {
            fields.place(ann, round.getId(), 0.3);
            fields.place(bob, round.getId(), 0.6);
            rounds.reveal(facilitator, round.getId());
            assertThat(fields.markers(facilitator, round.getId()))
                    .extracting(MarkerView::label, MarkerView::left)
                    .containsExactly(Tuple.tuple("Ann", true),
                            Tuple.tuple("Bob", false));
            assertThat(fields.history(facilitator, theCase.getId(), FIELD).getFirst().markers())
                    .as("the history shows places, not who is in the room").noneMatch(MarkerView::left);
        } finally {
            presence.leave(bobHere);
        }
    }

    @Test
    void eachPersonSeesWhereTheyStoodLastTimeOnlyTheirOwn() {
        MeetingService meetings = context.getBean(MeetingService.class);
        Meeting first = data.newMeeting(facilitator, theCase);
        Actor.Participant dana = meetings.join(first.getInviteToken(), "Dana", "wijkteam", "sleutel-van-dana-0001", false).asActor();
        Actor.Participant eli = meetings.join(first.getInviteToken(), "Eli", "school", "sleutel-van-eli-00001", false).asActor();
        Round r1 = fields.openRound(facilitator, theCase.getId(), first.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        fields.place(dana, r1.getId(), 0.2);
        fields.place(eli, r1.getId(), 0.9);

        Meeting second = data.newMeeting(facilitator, theCase);
        Actor.Participant dana2 = meetings.join(second.getInviteToken(), "Dana", "wijkteam", "sleutel-van-dana-0001", false).asActor();
        Actor.Participant newcomer = meetings.join(second.getInviteToken(), "Fien", "ggz", null, false).asActor();
        Round r2 = fields.openRound(facilitator, theCase.getId(), second.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        assertThat(fields.lastTime(dana2, r2.getId())).as("round 1 was never revealed").isEmpty();

        rounds.reveal(facilitator, r1.getId());
        assertThat(fields.lastTime(dana2, r2.getId())).contains(0.2);
        assertThat(fields.lastTime(newcomer, r2.getId())).isEmpty();
        assertThat(dana2.personKey()).isEqualTo("sleutel-van-dana-0001");
        assertThat(newcomer.personKey()).isNotBlank().isNotEqualTo(dana2.personKey());
    }

    @Test
    void bestuurdersJoinOnlyNetworkReflectionsAndTheirMarkersSaySo() {
        MeetingService meetings = context.getBean(MeetingService.class);
        assertThatThrownBy(() -> meetings.join(meeting.getInviteToken(), "Gerrit", "bestuurder, gemeente", null, true))
                .isInstanceOf(InvalidInputException.class);
        Meeting network = meetings.createMeeting(facilitator, theCase.getId(), "Netwerk", DutchTime.today(), true);
        assertThat(network.isNetwork()).isTrue();
        Actor.Participant gerrit = meetings.join(network.getInviteToken(), "Gerrit", "bestuurder, gemeente", null, true).asActor();
        Actor.Participant hanna = meetings.join(network.getInviteToken(), "Hanna", "jeugdzorg", null, false).asActor();
        Round round = fields.openRound(facilitator, theCase.getId(), network.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(gerrit, round.getId(), 0.3);
        fields.place(hanna, round.getId(), 0.7);
        rounds.reveal(facilitator, round.getId());
        assertThat(fields.markers(facilitator, round.getId())).extracting(MarkerView::label, MarkerView::bestuurder)
                .containsExactly(Tuple.tuple("Gerrit", true),
                        Tuple.tuple("Hanna", false));
    }

    @Test
    void sharedNotesPerFieldLastAcrossMeetingsAndOnlyAuthorsOrTheFacilitatorRemoveThem() {
        SharedNoteService notes = context.getBean(SharedNoteService.class);
        SharedNote note = notes.add(ann, theCase.getId(), FIELD, meeting.getId(), "We willen allemaal vertragen, maar niemand durft.");
        notes.add(bob, theCase.getId(), "jij-ik-wij", meeting.getId(), "Ander veld");
        assertThatThrownBy(() -> notes.add(bob, theCase.getId(), FIELD, meeting.getId(), " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> notes.add(bob, theCase.getId(), FIELD, meeting.getId(), "x".repeat(10_000)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> notes.remove(bob, note.id())).isInstanceOf(NoAccessException.class);

        Meeting later = data.newMeeting(facilitator, theCase);
        Actor.Participant laterOne = data.participant(later, "Ivo");
        assertThat(notes.notes(laterOne, theCase.getId(), FIELD)).extracting(SharedNote::text)
                .containsExactly("We willen allemaal vertragen, maar niemand durft.");
        notes.remove(facilitator, note.id());
        assertThat(notes.notes(facilitator, theCase.getId(), FIELD)).isEmpty();
    }

    @Test
    void spreadFindsClustersWithoutRanking() {
        Spread spread = Spread.of(List.of(0.1, 0.12, 0.15, 0.5, 0.9, 0.95));
        assertThat(spread.min()).isEqualTo(0.1);
        assertThat(spread.max()).isEqualTo(0.95);
        assertThat(spread.clusters()).extracting(Spread.Cluster::size).containsExactly(3, 1, 2);
    }
}
