package nl.reflectiewerkplaats.learningorders;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
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

        _click(_get(Button.class, s -> s.withText("Toevoegen")));
        List<String> messages = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
        NotificationsKt.clearNotifications();
        assertThat(messages).as("an empty lesson is refused in Dutch").singleElement().asString()
                .contains("Wat we geleerd hebben is nog leeg");
        assertThat(service.lessons(anna, theCase.getId(), meeting.getId())).isEmpty();

        _setValue(_get(TextField.class, s -> s.withClasses("rw-learningorders-text")), "Eerst vragen wat Denise wil");
        _click(_get(Button.class, s -> s.withText("Toevoegen")));
        assertThat(service.lessons(anna, theCase.getId(), meeting.getId())).singleElement()
                .extracting(Lesson::order).isEqualTo(LearningOrder.KNOWLEDGE);
        assertThat(column("KNOWLEDGE")).contains("Eerst vragen wat Denise wil").contains("Noor");

        // another person's lesson reaches this open view without reload
        service.add(anna, theCase.getId(), meeting.getId(), LearningOrder.ART, "Wij dachten te snel te weten wat goed is");
        assertThat(KaribuSupport.awaitPush(() -> column("ART").contains("Wij dachten te snel"), Duration.ofSeconds(5)))
                .as("the lesson arrived live").isTrue();
        assertThat(column("SKILL")).contains("Nog niets.");
    }

    private static String column(String order) {
        return _get(Div.class, s -> s.withClasses("rw-learningorder").withAttribute("data-order", order))
                .getElement().getTextRecursively();
    }
}
