package nl.reflectiewerkplaats.perspective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.groups.Tuple;

@StoreTest
class PerspectiveServiceTests {

    @Autowired
    PerspectiveService perspective;
    @Autowired
    RoundService rounds;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant mother;
    Actor.Participant teacher;
    Round round;

    @BeforeEach
    void setUp() {
        mother = data.participant(meeting, "Marja");
        teacher = data.participant(meeting, "Tim");
        round = perspective.openRolesRound(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.NAMED);
    }

    @Test
    void neverYourselfAndTheFirstToChooseARoleWinsIt() {
        RoleCard motherRole = perspective.addRole(facilitator, round.getId(), "moeder", false, mother.id());
        RoleCard child = perspective.addRole(facilitator, round.getId(), "Jesse (kind)", true, null);
        assertThatThrownBy(() -> perspective.addRole(facilitator, round.getId(), "Moeder", false, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> perspective.addRole(mother, round.getId(), "oma", false, null))
                .isInstanceOf(NoAccessException.class);

        assertThatThrownBy(() -> perspective.chooseRole(mother, motherRole.getId()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.role.notYourself");

        perspective.chooseRole(teacher, child.getId());
        assertThatThrownBy(() -> perspective.chooseRole(mother, child.getId()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.role.taken");

        // one role per person: choosing another lets go of the first
        perspective.chooseRole(teacher, motherRole.getId());
        assertThat(perspective.roles(teacher, round.getId())).extracting(RoleCard::getName, RoleCard::getTakenByName)
                .containsExactly(Tuple.tuple("moeder", "Tim"),
                        Tuple.tuple("Jesse (kind)", null));
    }

    @Test
    void twoPeoplePickingTheSameRoleAtOnceFirstWinsTheOtherIsTold() throws Exception {
        RoleCard role = perspective.addRole(facilitator, round.getId(), "leerkracht", false, null);
        List<Actor.Participant> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(data.participant(meeting, "Kandidaat " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Actor.Participant p : people) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    perspective.chooseRole(p, role.getId());
                    return true;
                } catch (InvalidInputException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> f : results) {
            winners += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
        String holder = perspective.roles(facilitator, round.getId()).getFirst().getTakenById();
        assertThat(people).extracting(Actor::id).contains(holder);
    }

    @Test
    void answersArePrivateUntilTheRevealAndTheFacilitatorIsToldWhoIsMissing() {
        RoleCard child = perspective.addRole(facilitator, round.getId(), "Jesse (kind)", true, null);
        RoleCard grandma = perspective.addRole(facilitator, round.getId(), "oma", false, null);
        perspective.chooseRole(mother, child.getId());
        perspective.chooseRole(teacher, grandma.getId());
        assertThatThrownBy(() -> perspective.answer(mother, round.getId(), "", "bang", 0.5, false))
                .isInstanceOf(InvalidInputException.class);
        perspective.answer(mother, round.getId(), "Dat ik weer naar een nieuwe plek moet.", "Bang en moe.", 0.9, true);

        assertThat(perspective.table(teacher, round.getId())).isEmpty();
        assertThat(perspective.table(facilitator, round.getId())).isEmpty();
        assertThat(perspective.table(mother, round.getId())).singleElement()
                .satisfies(r -> assertThat(r.dilemma()).startsWith("Dat ik weer"));
        assertThat(perspective.answeredBy(facilitator, round.getId())).containsExactly("Marja");
        assertThat(perspective.missing(facilitator, round.getId())).containsExactly("Tim");

        rounds.reveal(facilitator, round.getId());
        assertThat(perspective.table(teacher, round.getId())).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("Jesse (kind)");
            assertThat(r.playedBy()).isEqualTo("Marja");
            assertThat(r.turnedAway()).isTrue();
        });
        assertThatThrownBy(() -> perspective.answer(teacher, round.getId(), "te laat", "jammer", 0.1, false))
                .isInstanceOf(InvalidInputException.class);
    }

    /** Issue 15, finding 6: the anonymous table is by role, not in the order people answered; progress by name. */
    @Test
    void anAnonymousTableIsInRoleOrderNotInAnsweringOrder() {
        Round anonymous = perspective.openRolesRound(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.ANONYMOUS);
        RoleCard sister = perspective.addRole(facilitator, anonymous.getId(), "Zus", false, null);
        RoleCard brother = perspective.addRole(facilitator, anonymous.getId(), "Broer", false, null);
        perspective.chooseRole(teacher, sister.getId());
        perspective.chooseRole(mother, brother.getId());
        perspective.answer(teacher, anonymous.getId(), "Dat niemand mij ziet.", "Eenzaam", 0.8, false);
        perspective.answer(mother, anonymous.getId(), "Dat ik moet kiezen.", "Moe", 0.2, false);
        assertThat(perspective.answeredBy(facilitator, anonymous.getId())).as("answered: Tim, then Marja")
                .containsExactly("Marja", "Tim");
        rounds.reveal(facilitator, anonymous.getId());
        assertThat(perspective.table(facilitator, anonymous.getId())).extracting(PerspectiveService.TableRow::role)
                .as("answered: Zus, then Broer").containsExactly("Broer", "Zus");
    }

    @Test
    void anAnonymousRevealNamesTheRolesNotThePeople() {
        Round anonymous = perspective.openRolesRound(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.ANONYMOUS);
        RoleCard role = perspective.addRole(facilitator, anonymous.getId(), "vader", false, null);
        perspective.chooseRole(mother, role.getId());
        perspective.answer(mother, anonymous.getId(), "Dat ze mij niet meer zien staan.", "Boos", 0.4, false);
        rounds.reveal(facilitator, anonymous.getId());
        assertThat(perspective.table(teacher, anonymous.getId())).singleElement()
                .satisfies(r -> assertThat(r.playedBy()).isEmpty());
        assertThat(rounds.get(facilitator, round.getId()).getPhase())
                .as("opening a round ends the previous, unrevealed one as stopped (not revealed)")
                .isEqualTo(Round.Phase.STOPPED);
    }

    @Test
    void roundsAreKeptWithTheCaseAndReadableLaterAndAnswersOfWhoLeftStay() {
        RoleCard role = perspective.addRole(facilitator, round.getId(), "buurvrouw", false, null);
        perspective.chooseRole(mother, role.getId());
        perspective.answer(mother, round.getId(), "Dat ik me ermee bemoei.", "Onzeker", 0.6, false);
        // Marja leaves the meeting: her role and answer stay
        rounds.reveal(facilitator, round.getId());
        Meeting next = data.newMeeting(facilitator, theCase);
        perspective.openRolesRound(facilitator, theCase.getId(), next.getId(), Round.RevealMode.NAMED);
        assertThat(perspective.history(facilitator, theCase.getId())).singleElement().satisfies(p -> {
            assertThat(p.round().getMeetingId()).isEqualTo(meeting.getId());
            assertThat(p.rows()).extracting(PerspectiveService.TableRow::dilemma).containsExactly("Dat ik me ermee bemoei.");
        });
    }

    @Test
    void aLateJoinerCanStillTakeARoleAndAnswer() {
        RoleCard role = perspective.addRole(facilitator, round.getId(), "huisarts", false, null);
        Actor.Participant late = data.participant(meeting, "Laatkomer");
        perspective.chooseRole(late, role.getId());
        RoleAnswer answer = perspective.answer(late, round.getId(), "Dat ik het niet zag aankomen.", "Schuldig", 0.2, false);
        assertThat(answer.getRoleName()).isEqualTo("huisarts");
    }
}
