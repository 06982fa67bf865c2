package nl.reflectiewerkplaats.spiderweb;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The spinnenweb as its user sees it, without a browser: two moments of one's own web overlaid. */
@KaribuViewTest
class SpiderWebViewTests {

    @Autowired
    TestData data;
    @Autowired
    SpiderWebService webs;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void theWebOfTheEarlierMeetingIsDrawnDashedUnderTodays() {
        webs.score(facilitator, theCase.getId(), meeting.getId(), "leiderschap", 2);
        webs.score(facilitator, theCase.getId(), meeting.getId(), "kennis", 3);
        Meeting later = data.newMeeting(facilitator, theCase);

        KaribuSupport.login(data.usernameOf(facilitator));
        UI.getCurrent().navigate("bijeenkomst/" + later.getId());
        KaribuSupport.openInstrument("Spinnenweb");
        // only the earlier moment so far
        assertThat(pictures()).contains("rw-web-earlier").doesNotContain("rw-web-now");
        assertThat(_get(Div.class, s -> s.withClasses("rw-web-mine")).getElement().getTextRecursively())
                .contains("vorige keer");

        // scoring today draws today's web over it
        RadioButtonGroup<Integer> leadership = radio("leiderschap");
        _setValue(leadership, 5);
        _setValue(radio("kennis"), 4);
        String drawn = mine();
        assertThat(drawn).contains("rw-web-now").contains("rw-web-earlier").contains("stroke-dasharray");
        assertThat(webs.mine(facilitator, theCase.getId(), later.getId())).get()
                .satisfies(w -> assertThat(w.getScores()).containsEntry("leiderschap", 5).containsEntry("kennis", 4));
        assertThat(webs.earlier(facilitator, theCase.getId(), later.getId())).get()
                .satisfies(w -> assertThat(w.getScores()).containsEntry("leiderschap", 2));
        // not shared until ticked: the group's web is empty
        assertThat(_get(Checkbox.class, s -> s.withClasses("rw-web-share")).getValue()).isFalse();
        assertThat(_get(Div.class, s -> s.withClasses("rw-web-group")).getElement().getTextRecursively())
                .contains("Nog niemand heeft zijn web gedeeld");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> radio(String competency) {
        return _find(RadioButtonGroup.class).stream()
                .filter(r -> competency.equals(r.getElement().getAttribute("data-competency")))
                .map(r -> (RadioButtonGroup<Integer>) r).findFirst().orElseThrow();
    }

    private static String mine() {
        return _find(Html.class).stream().filter(h -> h.getParent().flatMap(p -> p.getParent())
                        .map(p -> p.getClassNames().contains("rw-web-mine")).orElse(false))
                .map(Html::getInnerHtml).collect(Collectors.joining("\n"));
    }

    private static String pictures() {
        return _find(Html.class).stream().map(Html::getInnerHtml).collect(Collectors.joining("\n"));
    }
}
