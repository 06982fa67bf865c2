package nl.reflectiewerkplaats.learningpoints;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ten leerpunten over time: two meetings of one case each keep their own answers, the view
 * shows both side by side, and an answer given by someone else reaches an open view live.
 */
@KaribuViewTest
class LearningPointsTests {

    @Autowired
    LearningPointsService service;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;

    private Meeting first;
    private Meeting second;

    @BeforeEach
    void twoMeetings() {
        first = meetings.createMeeting(anna, theCase.getId(), "Eerste leerbijeenkomst", DutchTime.today().minusWeeks(3));
        second = meetings.createMeeting(anna, theCase.getId(), "Tweede leerbijeenkomst", DutchTime.today());
    }

    @Test
    void eachMeetingsAnswersAreKeptBesideTheEarlierOnes() {
        service.answer(anna, theCase.getId(), first.getId(), "voice", Answer.NO, "Moeder voelt zich niet gehoord.");
        service.answer(anna, theCase.getId(), first.getId(), "direction", Answer.NO, "");
        service.answer(anna, theCase.getId(), second.getId(), "voice", Answer.PARTLY, "Eén gesprek gehad.");
        Actor.Participant bram = data.participant(second, "Bram");
        service.answer(bram, theCase.getId(), second.getId(), "direction", Answer.YES, "Casusregisseur gemeente.");
        // a new answer in the second meeting replaces that meeting's, never the first's
        service.answer(bram, theCase.getId(), second.getId(), "voice", Answer.YES, "Moeder en Denise waren erbij.");

        List<PointAnswer> all = service.answers(anna, theCase.getId());
        assertThat(all).extracting(PointAnswer::meetingTitle, PointAnswer::pointId, PointAnswer::answer, PointAnswer::note,
                        PointAnswer::byName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Eerste leerbijeenkomst", "voice", Answer.NO,
                                "Moeder voelt zich niet gehoord.", anna.displayName()),
                        org.assertj.core.groups.Tuple.tuple("Eerste leerbijeenkomst", "direction", Answer.NO, "",
                                anna.displayName()),
                        org.assertj.core.groups.Tuple.tuple("Tweede leerbijeenkomst", "voice", Answer.YES,
                                "Moeder en Denise waren erbij.", "Bram"),
                        org.assertj.core.groups.Tuple.tuple("Tweede leerbijeenkomst", "direction", Answer.YES,
                                "Casusregisseur gemeente.", "Bram"));

        // bad input is refused in Dutch, a participant answers only in their own meeting
        assertThatThrownBy(() -> service.answer(anna, theCase.getId(), second.getId(), "bestaat-niet", Answer.YES, ""))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.learningpoints.unknownPoint");
        assertThatThrownBy(() -> service.answer(anna, theCase.getId(), second.getId(), "early", null, "  "))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.learningpoints.empty");
        assertThatThrownBy(() -> service.answer(bram, theCase.getId(), first.getId(), "voice", Answer.NO, ""))
                .isInstanceOf(NoAccessException.class);
        assertThat(service.answers(anna, theCase.getId())).hasSize(4);
        Actor.Facilitator stranger = data.facilitator();
        assertThatThrownBy(() -> service.answers(stranger, theCase.getId())).isInstanceOf(NoAccessException.class);
    }

    @Test
    void theOpenViewShowsBothMeetingsAndTakesAnotherPersonsAnswerLive() {
        service.answer(anna, theCase.getId(), first.getId(), "voice", Answer.NO, "Moeder voelt zich niet gehoord.");
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + second.getId());
        KaribuSupport.openInstrument("Leerpunten");

        Div voice = _get(Div.class, s -> s.withClasses("rw-learningpoint").withAttribute("data-point", "voice"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Answer> voiceChoice = _get(voice, RadioButtonGroup.class, s -> { });
        assertThat(voiceChoice.getValue()).as("nothing answered in this meeting yet").isNull();
        assertThat(headers()).containsExactly("Leerpunt", day(first));
        assertThat(cells("voice")).containsExactly("Nee Moeder voelt zich niet gehoord.");

        // the facilitator answers here; it is stored for this meeting
        _setValue(voiceChoice, Answer.PARTLY);
        assertThat(service.answers(anna, theCase.getId())).filteredOn(a -> a.meetingId().equals(second.getId()))
                .singleElement().extracting(PointAnswer::answer).isEqualTo(Answer.PARTLY);

        // another person answers elsewhere: this open view shows it without reload
        Actor.Participant bram = data.participant(second, "Bram");
        service.answer(bram, theCase.getId(), second.getId(), "direction", Answer.YES, "Casusregisseur gemeente.");
        Div direction = _get(Div.class, s -> s.withClasses("rw-learningpoint").withAttribute("data-point", "direction"));
        assertThat(KaribuSupport.awaitPush(() -> _get(direction, RadioButtonGroup.class, s -> { }).getValue() == Answer.YES,
                Duration.ofSeconds(5))).as("Bram's answer arrived live").isTrue();
        assertThat(_get(direction, TextField.class, s -> { }).getValue()).isEqualTo("Casusregisseur gemeente.");
        assertThat(headers()).containsExactly("Leerpunt", day(first), day(second));
        assertThat(cells("voice")).containsExactly("Nee Moeder voelt zich niet gehoord.", "Deels");
        assertThat(cells("direction")).containsExactly("", "Ja Casusregisseur gemeente.");
    }

    @Test
    void aNoteSavedElsewhereNeverReplacesTheNoteBeingTyped() {
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + second.getId());
        KaribuSupport.openInstrument("Leerpunten");
        Div voice = _get(Div.class, s -> s.withClasses("rw-learningpoint").withAttribute("data-point", "voice"));
        TextField note = _get(voice, TextField.class, s -> { });

        // she is in the note, typing (the browser sends it when she leaves); a co-facilitator saves this point's note
        BasicUtilsKt._focus(note);
        Actor.Participant bram = data.participant(second, "Bram");
        service.answer(bram, theCase.getId(), second.getId(), "voice", Answer.PARTLY, "Eén gesprek met moeder.");
        assertThat(KaribuSupport.awaitPush(() -> String.valueOf(note.getHelperText())
                .contains("Bram schreef hier net: ‘Eén gesprek met moeder.’"), Duration.ofSeconds(5))).isTrue();
        assertThat(note.getValue()).as("her note is not written over").isEmpty();

        // she leaves it with her own text: that is stored
        _setValue(note, "Moeder en Denise waren er allebei bij.");
        BasicUtilsKt._blur(note);
        assertThat(service.answers(anna, theCase.getId())).filteredOn(a -> a.meetingId().equals(second.getId()))
                .singleElement().extracting(PointAnswer::note).isEqualTo("Moeder en Denise waren er allebei bij.");
        assertThat(note.getHelperText()).isNullOrEmpty();

        // not in the field: a note saved elsewhere shows at once
        service.answer(bram, theCase.getId(), second.getId(), "voice", Answer.YES, "Afspraak staat.");
        assertThat(KaribuSupport.awaitPush(() -> note.getValue().equals("Afspraak staat."), Duration.ofSeconds(5))).isTrue();
    }

    private static List<String> headers() {
        NativeTableRow head = _find(NativeTableRow.class).getFirst();
        return head.getChildren().map(c -> ((NativeTableHeaderCell) c).getText()).toList();
    }

    /** The answers of one point in the table, meeting by meeting. */
    private static List<String> cells(String pointId) {
        NativeTableRow row = _get(NativeTableRow.class, s -> s.withAttribute("data-point", pointId));
        return row.getChildren().skip(1).map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static String day(Meeting meeting) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", nl.reflectiewerkplaats.base.ui.Dates.DUTCH)
                .format(meeting.getDate());
    }
}
