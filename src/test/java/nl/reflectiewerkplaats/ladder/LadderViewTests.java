package nl.reflectiewerkplaats.ladder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
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

/** The ladder in the workspace: the facilitator takes a step; a change made elsewhere arrives live. */
@KaribuViewTest
class LadderViewTests {

    @Autowired
    LadderService service;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void theFacilitatorTakesAStepAndTheClockSetElsewhereArrivesLive() {
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + meeting.getId());
        KaribuSupport.openInstrument("Ladder");
        assertThat(status().getText()).isEqualTo(
                "De klok loopt niet: vul in sinds wanneer het kind niet naar school gaat.");
        assertThat(_find(ListItem.class, s -> s.withClasses("rw-ladder-current"))).isEmpty();

        // a step without a reason gets a Dutch message, and nothing is stored
        @SuppressWarnings("unchecked")
        Select<Rung> to = _get(Select.class, s -> s.withLabel("Naar welke situatie"));
        _setValue(to, Rung.COMPLEX);
        _click(_get(Button.class, s -> s.withText("Stap vastleggen")));
        NotificationsKt.expectNotifications("Het waarom is nog leeg. Vul dit in om verder te gaan.");
        assertThat(service.ladder(anna, theCase.getId()).rung()).isNull();

        _setValue(_get(TextField.class, s -> s.withLabel("Waarom")), "Veel partijen, geen uitweg in zicht.");
        _click(_get(Button.class, s -> s.withText("Stap vastleggen")));
        assertThat(_get(ListItem.class, s -> s.withClasses("rw-ladder-current")).getElement().getAttribute("data-rung"))
                .isEqualTo("COMPLEX");
        assertThat(_get(Paragraph.class, s -> s.withClasses("rw-ladder-approach")).getText())
                .isEqualTo("Werkwijze: Co-creatie");
        assertThat(_get(ListItem.class, s -> s.withClasses("rw-ladder-move")).getElement().getTextRecursively())
                .startsWith("Geplaatst: Complex · ").endsWith("Veel partijen, geen uitweg in zicht.");

        // the dates are set from elsewhere (another view, the case page): this view follows live
        LadderState now = service.ladder(anna, theCase.getId());
        service.setAbsence(anna, theCase.getId(), now.version(), DutchTime.today().minusWeeks(9), null);
        assertThat(KaribuSupport.awaitPush(() -> "BREAKTHROUGH_WARNING".equals(status().getElement().getAttribute("data-phase")),
                Duration.ofSeconds(5))).as("the clock arrived live").isTrue();
        assertThat(status().getText()).isEqualTo("Let op: over 21 dagen zijn het twaalf weken. Is er geen passend "
                + "aanbod in zicht, zet dan nu het doorbraakteam in.");
    }

    @Test
    void theStepBeingPreparedSurvivesAChangeMadeElsewhere() {
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + meeting.getId());
        KaribuSupport.openInstrument("Ladder");
        @SuppressWarnings("unchecked")
        Select<Rung> to = _get(Select.class, s -> s.withLabel("Naar welke situatie"));
        _setValue(to, Rung.COMPLEX);
        TextField reason = _get(TextField.class, s -> s.withLabel("Waarom"));
        _setValue(reason, "Veel partijen, geen uitweg in zicht.");
        Details stepForm = _get(Details.class, s -> s.withClasses("rw-ladder-step-form"));
        stepForm.setOpened(true);

        // meanwhile the dates are set elsewhere (the case page, a colleague): the ladder is drawn again
        // with them, and the situation chosen and the reason typed so far stay in the form
        LadderState before = service.ladder(anna, theCase.getId());
        service.setAbsence(anna, theCase.getId(), before.version(), DutchTime.today().minusWeeks(2), null);
        assertThat(KaribuSupport.awaitPush(() -> !"NOT_RUNNING".equals(status().getElement().getAttribute("data-phase")),
                Duration.ofSeconds(5))).as("the dates set elsewhere arrived").isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Waarom")).getValue()).isEqualTo("Veel partijen, geen uitweg in zicht.");
        // the very same field and form: what the browser holds and has not sent yet (a field sends its
        // text when it is left) stays too, and the open form stays open
        assertThat(_get(TextField.class, s -> s.withLabel("Waarom"))).isSameAs(reason);
        assertThat(_get(Details.class, s -> s.withClasses("rw-ladder-step-form"))).isSameAs(stepForm);
        assertThat(stepForm.isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        Select<Rung> after = _get(Select.class, s -> s.withLabel("Naar welke situatie"));
        assertThat(after.getValue()).isEqualTo(Rung.COMPLEX);

        // the facilitator is filling in who has the regie when a colleague saves the way of working:
        // the way they left alone follows; the name they typed stays
        TextField director = _get(TextField.class, s -> s.withLabel("Wie heeft de regie"));
        _setValue(director, "Casusregisseur gemeente");
        @SuppressWarnings("unchecked")
        Select<Approach> way = _get(Select.class, s -> s.withLabel("Werkwijze"));
        LadderState mid = service.ladder(anna, theCase.getId());
        service.setWayOfWorking(anna, theCase.getId(), mid.version(), Approach.CONSULTATION, "Wijkteam Noord");
        assertThat(KaribuSupport.awaitPush(() -> _find(Paragraph.class, s -> s.withClasses("rw-ladder-director")).stream()
                .anyMatch(p -> p.getText().contains("Wijkteam Noord")), Duration.ofSeconds(5))).as("the way arrived").isTrue();
        assertThat(way.getValue()).isEqualTo(Approach.CONSULTATION);
        assertThat(director.getValue()).isEqualTo("Casusregisseur gemeente");

        // saved: the step is kept with its reason, and the field empties
        _click(_get(Button.class, s -> s.withText("Stap vastleggen")));
        assertThat(service.ladder(anna, theCase.getId()).rung()).isEqualTo(Rung.COMPLEX);
        assertThat(service.ladder(anna, theCase.getId()).moves()).extracting(LadderState.Move::reason)
                .containsExactly("Veel partijen, geen uitweg in zicht.");
        assertThat(_get(TextField.class, s -> s.withLabel("Waarom")).getValue()).isEmpty();
    }

    @Test
    void theCasePageLinksToTheLadder() {
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("casussen/" + theCase.getId());
        Anchor link = _get(Anchor.class, s -> s.withText("Ladder en klok"));
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> { }).getText())
                .isEqualTo("Ladder van effectiviteit: " + theCase.getPseudonym());
        assertThat(status().getElement().getAttribute("data-phase")).isEqualTo("NOT_RUNNING");
    }

    private static Paragraph status() {
        return _get(Paragraph.class, s -> s.withClasses("rw-ladder-clock-status"));
    }
}
