package nl.reflectiewerkplaats.circles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KaribuViewTest
class CirclesViewTests {

    @Autowired
    CirclesService circles;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void anArrowSavedElsewhereNeverReplacesTheArrowBeingTyped() {
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + meeting.getId());
        KaribuSupport.openInstrument("Drie cirkels");
        // the first arrow: from the child's circle to the school's
        Div card = _find(Div.class, s -> s.withClasses("rw-circle-arrow")).getFirst();
        TextArea arrow = _get(card, TextArea.class, s -> { });
        // what was stored meanwhile, shown beside the field (hidden until then)
        Paragraph now = card.getChildren().filter(c -> c instanceof Paragraph p && p.hasClassName("rw-quote"))
                .map(Paragraph.class::cast).findFirst().orElseThrow();
        assertThat(now.isVisible()).isFalse();

        // she is in the field, typing (the browser sends it when she leaves); the arrow is saved elsewhere
        BasicUtilsKt._focus(arrow);
        circles.writeArrow(anna, theCase.getId(), meeting.getId(), Circle.CHILD, 0, "Juf en Jesse spreken elkaar dagelijks.");
        assertThat(KaribuSupport.awaitPush(() -> now.isVisible() && now.getText().contains("Juf en Jesse spreken elkaar dagelijks."),
                Duration.ofSeconds(5))).isTrue();
        assertThat(arrow.getValue()).as("her text is not written over").isEmpty();

        // she saves her own, knowing the other: it is stored
        _setValue(arrow, "Jesse gaat liever naar school sinds de nieuwe juf.");
        BasicUtilsKt._blur(arrow);
        _click(_get(card, Button.class, s -> { }));
        assertThat(circles.circles(anna, theCase.getId()).stream().filter(c -> c.circle() == Circle.CHILD).findFirst()
                .orElseThrow().arrow()).isEqualTo("Jesse gaat liever naar school sinds de nieuwe juf.");
        assertThat(arrow.getValue()).isEqualTo("Jesse gaat liever naar school sinds de nieuwe juf.");

        // in the field without typing, then out: what was stored meanwhile goes in
        BasicUtilsKt._focus(arrow);
        long revision = circles.circles(anna, theCase.getId()).stream().filter(c -> c.circle() == Circle.CHILD).findFirst()
                .orElseThrow().arrowRevision();
        circles.writeArrow(anna, theCase.getId(), meeting.getId(), Circle.CHILD, revision, "Moeder belt de juf elke vrijdag.");
        assertThat(KaribuSupport.awaitPush(() -> now.isVisible() && now.getText().contains("Moeder belt de juf elke vrijdag."),
                Duration.ofSeconds(5))).isTrue();
        assertThat(arrow.getValue()).isEqualTo("Jesse gaat liever naar school sinds de nieuwe juf.");
        BasicUtilsKt._blur(arrow);
        assertThat(arrow.getValue()).isEqualTo("Moeder belt de juf elke vrijdag.");
        assertThat(now.isVisible()).isFalse();
    }
}
