package nl.reflectiewerkplaats.mdo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The MDO planning page in the frame of the instruments' case pages. */
@KaribuViewTest
class PlanMdoPageTests {

    @Autowired
    TestData data;
    @Autowired
    MeetingService meetings;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;

    @Test
    void thePageNamesTheCaseLeadsBackAndPlansAnMdoThatOpensAtOnce() {
        KaribuSupport.login(data.usernameOf(facilitator));
        UI.getCurrent().navigate("casussen/" + theCase.getId() + "/mdo");

        assertThat(_get(H2.class).getText()).isEqualTo("MDO plannen voor " + theCase.getPseudonym());
        assertThat(_get(Anchor.class, s -> s.withClasses("rw-back")).getHref())
                .isEqualTo("casussen/" + theCase.getId());
        TextField title = _get(TextField.class, s -> s.withLabel("Titel van de bijeenkomst"));
        assertThat(title.getValue()).isEqualTo("MDO");

        LocatorJ._setValue(title, "MDO december");
        LocatorJ._click(_get(Button.class, s -> s.withText("MDO plannen")));

        List<Meeting> stored = meetings.listMeetings(facilitator, theCase.getId());
        assertThat(stored).extracting(Meeting::getTitle).containsExactly("MDO december");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("bijeenkomst/" + stored.get(0).getId());
    }
}
