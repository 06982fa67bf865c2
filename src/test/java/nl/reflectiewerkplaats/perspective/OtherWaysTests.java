package nl.reflectiewerkplaats.perspective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.GroupSpaceChanged;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.groups.Tuple;

/** Ways 1 (two groups) and 2 (the rugzak) of the perspectiefwissel. */
@StoreTest
class OtherWaysTests {

    @Autowired
    GroupsService groups;
    @Autowired
    BackpackService backpacks;
    @Autowired
    RoundService rounds;
    @Autowired
    CaseBroadcaster broadcaster;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant pro;
    Actor.Participant parent;

    @BeforeEach
    void setUp() {
        pro = data.participant(meeting, "Pim");
        parent = data.participant(meeting, "Petra");
    }

    @Test
    void twoGroupsWriteInTheirOwnSpaceUntilThePitch() throws Exception {
        Round round = groups.start(facilitator, theCase.getId(), meeting.getId(), GroupsService.DEFAULT_MINUTES);
        GroupWork work = groups.work(pro, round.getId());
        assertThat(work.getDeadline()).isAfter(round.getOpenedAt().plusSeconds(14 * 60));
        groups.assign(facilitator, round.getId(), pro.id(), "Pim", GroupSide.HULPVERLENING);
        groups.assign(facilitator, round.getId(), parent.id(), "Petra", GroupSide.GEZIN_NETWERK);
        assertThatThrownBy(() -> groups.assign(pro, round.getId(), parent.id(), "Petra", GroupSide.HULPVERLENING))
                .isInstanceOf(NoAccessException.class);

        List<Object> parentSaw = new CopyOnWriteArrayList<>();
        CountDownLatch proSawOwn = new CountDownLatch(1);
        var parentSub = broadcaster.subscribe(theCase.getId(), parent, GroupSpaceChanged.class, parentSaw::add);
        var proSub = broadcaster.subscribe(theCase.getId(), pro, GroupSpaceChanged.class, e -> proSawOwn.countDown());
        try {
            GroupSpace pros = groups.space(pro, round.getId(), GroupSide.HULPVERLENING);
            GroupSpace written = groups.write(pro, round.getId(), GroupSpace.Part.PERSPECTIVE,
                    "Over vijf jaar woont Jesse thuis en gaat hij naar school.", pros.getVersion());
            assertThat(proSawOwn.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> groups.space(parent, round.getId(), GroupSide.HULPVERLENING))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> groups.space(facilitator, round.getId(), GroupSide.HULPVERLENING))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> groups.write(pro, round.getId(), GroupSpace.Part.STEP1, "te oud", pros.getVersion()))
                    .isInstanceOf(StaleEditException.class);
            groups.write(pro, round.getId(), GroupSpace.Part.STEP1, "Samen met moeder een plan maken.", written.getVersion());
            groups.write(parent, round.getId(), GroupSpace.Part.PERSPECTIVE, "Rust in huis.",
                    groups.space(parent, round.getId(), GroupSide.GEZIN_NETWERK).getVersion());
            // her own group's change reaches her on the same channel after the other group's two
            // writes were published: had those reached her, they would have come first
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (parentSaw.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(parentSaw).as("the other group's writes never reach her before the pitch").singleElement()
                    .satisfies(e -> assertThat(((GroupSpaceChanged) e).space().side()).isEqualTo(GroupSide.GEZIN_NETWERK));
        } finally {
            parentSub.cancel();
            proSub.cancel();
        }
        assertThatThrownBy(() -> groups.pitches(pro, round.getId())).isInstanceOf(InvalidInputException.class);

        rounds.reveal(facilitator, round.getId());
        assertThat(groups.pitches(parent, round.getId())).extracting(s -> s.get(GroupSpace.Part.PERSPECTIVE))
                .containsExactly("Over vijf jaar woont Jesse thuis en gaat hij naar school.", "Rust in huis.");
        assertThatThrownBy(() -> groups.write(pro, round.getId(), GroupSpace.Part.STEP2, "na de pitch", 99))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> groups.start(facilitator, theCase.getId(), meeting.getId(), 0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(groups.history(parent, theCase.getId())).as("kept and readable later").singleElement()
                .satisfies(p -> assertThat(p).extracting(sp -> sp.get(GroupSpace.Part.STEP1))
                        .containsExactly("Samen met moeder een plan maken.", ""));
    }

    @Test
    void theBackpackFillsUpOneBookEachAndOneCanBeTakenOut() {
        Actor.Participant third = data.participant(meeting, "Quinten");
        Backpack backpack = backpacks.start(facilitator, theCase.getId(), meeting.getId(), parent.id(), "Petra", "moeder");
        assertThatThrownBy(() -> backpacks.addBook(parent, backpack.getId(), "Zelf advies geven"))
                .isInstanceOf(InvalidInputException.class);
        Book first = backpacks.addBook(pro, backpack.getId(), "Ga naar een opvoedcursus.");
        assertThatThrownBy(() -> backpacks.addBook(pro, backpack.getId(), "En nog een"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.backpack.oneEach");
        backpacks.addBook(third, backpack.getId(), "Maak een weekplanning.");
        assertThatThrownBy(() -> backpacks.addBook(third, backpack.getId(), "x".repeat(10_000)))
                .isInstanceOf(InvalidInputException.class);

        backpacks.takeOut(parent, first.getId());
        assertThatThrownBy(() -> backpacks.takeOut(third, first.getId())).isInstanceOf(InvalidInputException.class);
        backpacks.addBook(pro, backpack.getId(), "Vraag hulp aan je zus.");
        assertThat(backpacks.books(facilitator, backpack.getId()))
                .extracting(Book::getText, Book::isInBackpack)
                .containsExactly(Tuple.tuple("Ga naar een opvoedcursus.", false),
                        Tuple.tuple("Maak een weekplanning.", true),
                        Tuple.tuple("Vraag hulp aan je zus.", true));

        backpacks.reflect(facilitator, backpack.getId());
        assertThatThrownBy(() -> backpacks.addBook(third, backpack.getId(), "te laat")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> backpacks.reflect(pro, backpack.getId())).isInstanceOf(NoAccessException.class);
        assertThat(backpacks.current(pro, theCase.getId(), meeting.getId())).get()
                .extracting(Backpack::getPhase).isEqualTo(Backpack.Phase.REFLECTING);
        backpacks.close(facilitator, backpack.getId());
        assertThat(backpacks.current(pro, theCase.getId(), meeting.getId())).isEmpty();
        assertThat(backpacks.history(pro, theCase.getId())).singleElement()
                .satisfies(e -> assertThat(e.getValue()).hasSize(3));
    }
}
