package nl.reflectiewerkplaats.solo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page behind a solo link, without a browser: fill in and it is stored; a revoked or unknown link says so. */
@KaribuViewTest
class SoloViewTests {

    @Autowired
    TestData data;
    @Autowired
    SoloReflectionService solo;
    @Autowired
    CardCatalog catalog;

    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void whatIsWrittenOnThePageIsStoredAndSaidToBeSaved() {
        Actor.Participant piet = data.participant(meeting, "Piet");
        TensionField field = catalog.tensionFields().get(2);
        String token = solo.invite(anna, theCase.getId(), piet.id(), List.of(field.id())).token();

        UI.getCurrent().navigate("zelf/" + token);
        assertThat(_get(H3.class).getText()).isEqualTo(field.title());
        List<TextArea> areas = _find(TextArea.class);
        assertThat(areas).hasSize(field.questions().size());
        assertThat(areas.getFirst().getLabel()).isEqualTo(field.questions().getFirst());
        _setValue(areas.get(1), "In mijn eigen woorden.");

        assertThat(_get(Span.class, s -> s.withClasses("rw-solo-saved")).getText()).startsWith("Opgeslagen");
        assertThat(solo.open(token).answers().get(field.id())).containsEntry(1, "In mijn eigen woorden.");
    }

    @Test
    void aRevokedOrUnknownLinkGetsAPlainDutchPage() {
        Actor.Participant piet = data.participant(meeting, "Piet");
        var link = solo.invite(anna, theCase.getId(), piet.id(), List.of(catalog.tensionFields().getFirst().id()));
        solo.revoke(anna, theCase.getId(), link.invitation().getId());

        UI.getCurrent().navigate("zelf/" + link.token());
        String page = KaribuSupport.pageHtml("rw-solo-page");
        assertThat(page).contains("Deze link werkt niet (meer)").contains("ingetrokken").doesNotContain("Exception");
        assertThat(_find(TextArea.class)).isEmpty();

        UI.getCurrent().navigate("zelf/bestaat-niet");
        assertThat(KaribuSupport.pageHtml("rw-solo-page")).contains("Deze link kennen we niet");
    }
}
