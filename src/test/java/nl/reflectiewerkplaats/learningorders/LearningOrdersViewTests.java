package nl.reflectiewerkplaats.learningorders;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import nl.reflectiewerkplaats.learningorders.ui.LearningOrdersPanel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Wat hebben we geleerd?" in the workspace: a participant adds a lesson under an order; an empty
 * one is refused with a Dutch message and nothing is stored; another person's lesson arrives live in
 * its column.
 */
@KaribuViewTest
class LearningOrdersViewTests {

    @Autowired
    LearningOrdersService service;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void aLessonGoesUnderItsOrderAnEmptyOneIsRefusedAndAnothersArrivesLive() {
        KaribuSupport.joinAs(meeting.getInviteToken(), "Noor");
        KaribuSupport.openInstrument("Wat leerden we?");

        _click(_get(panel(), Button.class, s -> s.withText("Toevoegen")));
        List<String> messages = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
        NotificationsKt.clearNotifications();
        assertThat(messages).as("an empty lesson is refused in Dutch").singleElement().asString()
                .contains("Wat we geleerd hebben is nog leeg");
        assertThat(service.lessons(anna, theCase.getId(), meeting.getId())).isEmpty();

        _setValue(_get(TextField.class, s -> s.withClasses("rw-learningorders-text")), "Eerst vragen wat Denise wil");
        _click(_get(panel(), Button.class, s -> s.withText("Toevoegen")));
        assertThat(service.lessons(anna, theCase.getId(), meeting.getId())).singleElement()
                .extracting(Lesson::order).isEqualTo(LearningOrder.KNOWLEDGE);
        assertThat(column("KNOWLEDGE")).contains("Eerst vragen wat Denise wil").contains("Noor");

        // another person's lesson reaches this open view without reload
        service.add(anna, theCase.getId(), meeting.getId(), LearningOrder.ART, "Wij dachten te snel te weten wat goed is");
        assertThat(KaribuSupport.awaitPush(() -> column("ART").contains("Wij dachten te snel"), Duration.ofSeconds(5)))
                .as("the lesson arrived live").isTrue();
        assertThat(column("SKILL")).contains("Nog niets.");
    }

    @Test
    void aNoteBeingTypedStaysWhileOthersAddSortAndShow() {
        Lesson first = service.add(anna, theCase.getId(), meeting.getId(), LearningOrder.SKILL, "Samen plannen met school");
        Lesson second = service.add(anna, theCase.getId(), meeting.getId(), LearningOrder.SKILL, "Eerst luisteren");
        KaribuSupport.joinAs(meeting.getInviteToken(), "Noor");
        KaribuSupport.openInstrument("Wat leerden we?");
        TextField typing = noteOf("Samen plannen met school");
        _setValue(typing, "aan het overleg van");

        // others add a lesson, say what shows another one, and sort a third: Noor's typing stays
        service.add(anna, theCase.getId(), meeting.getId(), LearningOrder.ART, "Vaker terugkijken");
        service.show(anna, second.id(), Evidence.values()[0], "aan de planning");
        Lesson third = service.add(anna, theCase.getId(), meeting.getId(), LearningOrder.KNOWLEDGE, "De regels kennen");
        service.sort(anna, third.id(), LearningOrder.SKILL);
        assertThat(KaribuSupport.awaitPush(() -> column("SKILL").contains("De regels kennen")
                && noteOf("Eerst luisteren").getValue().equals("aan de planning"), Duration.ofSeconds(5)))
                .as("the others' changes arrived").isTrue();
        // the field she types in is still the one on screen: her focus, and text the browser has not sent yet, live in it
        assertThat(noteOf("Samen plannen met school")).isSameAs(typing);
        assertThat(typing.getValue()).isEqualTo("aan het overleg van");
        assertThat(column("ART")).contains("Vaker terugkijken").doesNotContain("Nog niets.");
        assertThat(column("KNOWLEDGE")).contains("Nog niets.").doesNotContain("De regels kennen");

        // what Noor typed is stored (the browser sends it when she leaves the field); a later change by
        // someone else to that note shows in her view
        assertThat(service.lessons(anna, theCase.getId(), meeting.getId())).filteredOn(l -> l.id().equals(first.id()))
                .extracting(Lesson::evidenceNote).containsExactly("aan het overleg van");
        service.show(anna, first.id(), null, "aan het overleg van dinsdag");
        assertThat(KaribuSupport.awaitPush(() -> noteOf("Samen plannen met school").getValue()
                .equals("aan het overleg van dinsdag"), Duration.ofSeconds(5))).isTrue();

        // while she is in the field (what she types there is not on the server yet), another's
        // change is shown beneath it, not put in it; leaving without typing, it goes in
        BasicUtilsKt._focus(typing);
        service.show(anna, first.id(), null, "aan het overleg van woensdag");
        assertThat(KaribuSupport.awaitPush(() -> String.valueOf(typing.getHelperText())
                .contains("Hier is net opgeslagen: ‘aan het overleg van woensdag’"), Duration.ofSeconds(5))).isTrue();
        assertThat(typing.getValue()).isEqualTo("aan het overleg van dinsdag");
        BasicUtilsKt._blur(typing);
        assertThat(typing.getValue()).isEqualTo("aan het overleg van woensdag");
    }

    private static TextField noteOf(String lessonText) {
        Div card = _find(panel(), Div.class, s -> s.withClasses("rw-lesson")).stream()
                .filter(d -> d.getElement().getTextRecursively().contains(lessonText))
                .findFirst().orElseThrow(() -> new AssertionError("no lesson " + lessonText));
        return _get(card, TextField.class);
    }

    private static String column(String order) {
        return _get(Div.class, s -> s.withClasses("rw-learningorder").withAttribute("data-order", order))
                .getElement().getTextRecursively();
    }

    /** The open instrument (the dream board of step 1 stays in the view, hidden, with its own Toevoegen buttons). */
    private static LearningOrdersPanel panel() {
        return _get(LearningOrdersPanel.class);
    }
}
