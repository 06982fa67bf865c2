package nl.reflectiewerkplaats.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.AtOnce;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class CirclesServiceTests {

    @Autowired
    CirclesService circles;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    private CircleState circle(Circle which) {
        return circles.circles(facilitator, theCase.getId()).stream().filter(s -> s.circle() == which)
                .findFirst().orElseThrow();
    }

    @Test
    void aFourthThingThatGoesWellIsRefusedWithTheLimitAndTheCircleKeepsItsThree() {
        for (String text : List.of("Komt op tijd", "Tekent graag", "Heeft een vriend")) {
            circles.addPoint(facilitator, theCase.getId(), meeting.getId(), Circle.CHILD, Mark.PLUS, text);
        }
        assertThatThrownBy(() -> circles.addPoint(facilitator, theCase.getId(), meeting.getId(), Circle.CHILD,
                Mark.PLUS, "Nog iets"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.circles.full.PLUS");
                    assertThat(e.arguments()).containsExactly("field.circles.CHILD", 3);
                });
        assertThat(circle(Circle.CHILD).points(Mark.PLUS)).extracting(CircleState.Point::text)
                .containsExactly("Komt op tijd", "Tekent graag", "Heeft een vriend");
        // the limit is per circle and per kind: another circle, or another kind, still takes one
        circles.addPoint(facilitator, theCase.getId(), meeting.getId(), Circle.SCHOOL, Mark.PLUS, "Mentor betrokken");
        circles.addPoint(facilitator, theCase.getId(), meeting.getId(), Circle.CHILD, Mark.MINUS, "Slaapt slecht");
        assertThat(circle(Circle.SCHOOL).points()).extracting(CircleState.Point::text).containsExactly("Mentor betrokken");
        assertThat(circle(Circle.CHILD).points(Mark.MINUS)).hasSize(1);
    }

    @Test
    void tenParticipantsAddingAtOnceNeverMakeMoreThanThree() throws Exception {
        List<Actor.Participant> writers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            writers.add(data.participant(meeting, "Deelnemer " + i));
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (Actor.Participant writer : writers) {
            tasks.add(() -> {
                try {
                    circles.addPoint(writer, theCase.getId(), meeting.getId(), Circle.HOME, Mark.MINUS,
                            "Zorg van " + writer.displayName());
                    return true;
                } catch (UserFacingException refused) {
                    return false;
                }
            });
        }
        long added = AtOnce.run(tasks).stream().filter(Boolean::booleanValue).count();
        assertThat(circle(Circle.HOME).points(Mark.MINUS)).hasSize(3);
        assertThat(added).isEqualTo(3L);
    }

    @Test
    void anEditFromAnOlderRevisionIsRefusedWithTheCurrentTextAndChangesNothing() {
        Actor.Participant bram = data.participant(meeting, "Bram");
        CircleState added = circles.addPoint(bram, theCase.getId(), meeting.getId(), Circle.SCHOOL, Mark.QUESTION,
                "Wat zegt de mentor?");
        CircleState.Point point = added.points().getFirst();
        circles.editPoint(facilitator, theCase.getId(), Circle.SCHOOL, point.id(), point.revision(),
                "Wat zegt de mentor over de pauzes?");
        assertThatThrownBy(() -> circles.editPoint(bram, theCase.getId(), Circle.SCHOOL, point.id(),
                point.revision(), "Wat vindt de mentor?"))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.circles.stale");
                    CircleState current = e.current();
                    assertThat(current.points()).singleElement().extracting(CircleState.Point::text)
                            .isEqualTo("Wat zegt de mentor over de pauzes?");
                });
        assertThat(circle(Circle.SCHOOL).points()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Wat zegt de mentor over de pauzes?");
            assertThat(p.revision()).isEqualTo(1);
        });
        // a removal from the old revision is refused too
        assertThatThrownBy(() -> circles.removePoint(bram, theCase.getId(), Circle.SCHOOL, point.id(), 0))
                .isInstanceOf(StaleEditException.class);
        assertThat(circle(Circle.SCHOOL).points()).hasSize(1);
    }

    @Test
    void onlyTheAuthorOrWhoeverLeadsChangesAPointAndAnArrowWriteFromAnOldRevisionIsRefused() {
        Actor.Participant bram = data.participant(meeting, "Bram");
        Actor.Participant sanne = data.participant(meeting, "Sanne");
        CircleState.Point point = circles.addPoint(bram, theCase.getId(), meeting.getId(), Circle.HOME, Mark.GOAL,
                "Ouders weten wat de school doet").points().getFirst();
        assertThatThrownBy(() -> circles.editPoint(sanne, theCase.getId(), Circle.HOME, point.id(), 0, "Anders"))
                .isInstanceOf(NoAccessException.class);
        circles.removePoint(facilitator, theCase.getId(), Circle.HOME, point.id(), 0);
        assertThat(circle(Circle.HOME).points()).isEmpty();

        CircleState first = circles.writeArrow(bram, theCase.getId(), meeting.getId(), Circle.SCHOOL, 0,
                "School en ouders spreken elkaar alleen bij problemen");
        assertThat(first.arrowRevision()).isEqualTo(1);
        assertThatThrownBy(() -> circles.writeArrow(sanne, theCase.getId(), meeting.getId(), Circle.SCHOOL, 0,
                "Goed contact"))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(e.<CircleState>current().arrow())
                        .isEqualTo("School en ouders spreken elkaar alleen bij problemen"));
        assertThat(circle(Circle.SCHOOL).arrow()).isEqualTo("School en ouders spreken elkaar alleen bij problemen");
    }

    @Test
    void anEmptyOrTooLongPointGetsAMessageAndAnotherCaseIsRefused() {
        assertThatThrownBy(() -> circles.addPoint(facilitator, theCase.getId(), meeting.getId(), Circle.CHILD,
                Mark.PLUS, "  ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.input.required"));
        assertThatThrownBy(() -> circles.addPoint(facilitator, theCase.getId(), meeting.getId(), Circle.CHILD,
                Mark.PLUS, "x".repeat(CircleSheet.TEXT_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.input.tooLong"));
        Actor.Facilitator stranger = data.facilitator();
        assertThatThrownBy(() -> circles.circles(stranger, theCase.getId())).isInstanceOf(NoAccessException.class);
        assertThat(circle(Circle.CHILD).points()).isEmpty();
    }
}
