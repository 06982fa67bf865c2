package nl.reflectiewerkplaats.interview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KaribuViewTest
class InterviewViewTests {

    @Autowired
    TestData data;
    @Autowired
    TimelineService timeline;

    @Test
    void theFacilitatorPreparesAnInterviewAndPutsAnAnswerOnTheTimeline() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("casussen/" + c.getId() + "/gesprekken");

        _setValue(_get(TextField.class, s -> s.withLabel("Met wie (rol of schuilnaam)")), "moeder");
        _click(_get(Button.class, s -> s.withText("Nieuw gesprek")));
        assertThat(_find(Button.class, s -> s.withText("Gesprek met moeder"))).hasSize(1);

        // no recording without consent
        _setValue(_get(Checkbox.class, s -> s.withLabel("Het gesprek wordt opgenomen")), true);
        NotificationsKt.expectNotifications("Zonder toestemming wordt er niet opgenomen. Leg eerst vast wie "
                + "toestemming gaf en wanneer.");
        assertThat(_get(Checkbox.class, s -> s.withLabel("Het gesprek wordt opgenomen")).getValue()).isFalse();
        _setValue(_get(TextField.class, s -> s.withLabel("Toestemming gegeven door")), "moeder");
        _setValue(_get(DatePicker.class, s -> s.withLabel("Op")), LocalDate.of(2026, 11, 2));
        _click(_get(Button.class, s -> s.withText("Toestemming vastleggen")));
        assertThat(_find(Span.class, s -> s.withText("Toestemming van moeder op 2 november 2026 (vastgelegd door "
                + f.displayName() + ")."))).hasSize(1);
        _setValue(_get(Checkbox.class, s -> s.withLabel("Het gesprek wordt opgenomen")), true);
        assertThat(_get(Checkbox.class, s -> s.withLabel("Het gesprek wordt opgenomen")).getValue()).isTrue();

        // a noted answer becomes an experience on the timeline, linked back
        Div crucial = _get(Div.class, s -> s.withAttribute("data-question", "crucial"));
        _setValue(_get(crucial, TextArea.class, s -> { }), "Toen de mentor langskwam, voelde ik me gehoord.");
        _click(_get(crucial, Button.class, s -> s.withText("Als beleving op de tijdlijn")));
        _setValue(_get(DatePicker.class, s -> s.withLabel("Datum")), LocalDate.of(2019, 3, 12));
        _click(_get(Button.class, s -> s.withText("Op de tijdlijn zetten")));
        assertThat(_get(crucial, Span.class, s -> s.withClasses("rw-interview-linked")).getText())
                .isEqualTo("Staat op de tijdlijn");
        TimelineEvent event = timeline.events(f, c.getId()).getFirst();
        assertThat(event.getTitle()).isEqualTo("Toen de mentor langskwam, voelde ik me gehoord.");
        assertThat(event.getSourceType()).isEqualTo("interview");
        assertThat(event.getSourceLabel()).isEqualTo("moeder");
        assertThat(event.getDate().label()).isEqualTo("maart 2019");
    }
}
