package nl.reflectiewerkplaats.mdo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The MDO's consent form in the workspace: when the consent is recorded elsewhere (another
 * facilitator, another tab) while this facilitator fills in the form, what they entered
 * stays, and saving it is refused with "changed meanwhile" instead of overwriting unseen.
 */
@KaribuViewTest
class MdoViewTests {

    @Autowired
    MdoService mdo;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;

    @Test
    void aConsentRecordedElsewhereDoesNotWipeTheFormNorGetOverwrittenUnseen() {
        Meeting meeting = mdo.planMdo(anna, theCase.getId(), "MDO Jesse", DutchTime.today());
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + meeting.getId());
        KaribuSupport.openInstrument("MDO");
        _setValue(_get(TextField.class, s -> s.withLabel("Wie gaf toestemming")), "moeder");

        mdo.recordConsent(anna, theCase.getId(), meeting.getId(), Consent.AgeGroup.UNDER_16, Consent.Giver.PARENTS,
                "vader", DutchTime.today(), false, true, 0);
        assertThat(KaribuSupport.awaitPush(() -> consentLine().contains("vader"), Duration.ofSeconds(5)))
                .as("the consent recorded elsewhere is shown").isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Wie gaf toestemming")).getValue()).isEqualTo("moeder");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Consent.AgeGroup> age = _get(RadioButtonGroup.class, s -> s.withLabel("Leeftijd van het kind"));
        _setValue(age, Consent.AgeGroup.UNDER_16);
        _click(_get(Button.class, s -> s.withText("Toestemming vastleggen")));
        List<String> messages = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
        NotificationsKt.clearNotifications();
        assertThat(messages).anyMatch(m -> m.contains("Iemand anders heeft de toestemming net aangepast"));
        assertThat(mdo.consent(anna, theCase.getId(), meeting.getId()).orElseThrow().givenBy()).isEqualTo("vader");
        // the form now shows what is stored; saving again is a choice made with it in view
        assertThat(_get(TextField.class, s -> s.withLabel("Wie gaf toestemming")).getValue()).isEqualTo("vader");
        _setValue(_get(TextField.class, s -> s.withLabel("Wie gaf toestemming")), "moeder");
        _click(_get(Button.class, s -> s.withText("Toestemming vastleggen")));
        assertThat(mdo.consent(anna, theCase.getId(), meeting.getId()).orElseThrow().givenBy()).isEqualTo("moeder");
    }

    private static String consentLine() {
        return _get(Paragraph.class, s -> s.withClasses("rw-mdo-consent")).getText();
    }
}
