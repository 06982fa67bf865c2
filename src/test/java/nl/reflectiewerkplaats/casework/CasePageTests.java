package nl.reflectiewerkplaats.casework;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.genogram.ui.GenogramView;
import nl.reflectiewerkplaats.interview.ui.InterviewsPage;
import nl.reflectiewerkplaats.ladder.ui.LadderPage;
import nl.reflectiewerkplaats.solo.ui.SoloInvitationsPage;
import nl.reflectiewerkplaats.learningpoints.ui.LearningPointsPage;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.mdo.ui.PlanMdoPage;
import nl.reflectiewerkplaats.timeline.ui.TimelinePage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page: the instruments' own pages for this case, and a meeting's card. */
@KaribuViewTest
class CasePageTests {

    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;

    @Test
    void theInstrumentModulesLinkTheirPagesInTheirOrderAndEachOpensForThisCase() {
        KaribuSupport.login(data.usernameOf(facilitator));
        UI.getCurrent().navigate("casussen/" + theCase.getId());

        List<Anchor> links = _find(Anchor.class).stream()
                .filter(a -> a.getHref().startsWith("casussen/" + theCase.getId() + "/")).toList();
        assertThat(links).extracting(Anchor::getText).containsExactly(
                "MDO plannen (zes stappen)", "Tijdlijn voorbereiden", "Reflectieve gesprekken",
                "Geno-sociogram en krachtenveld voorbereiden", "Ladder en klok", "Tien leerpunten",
                "Zelf reflecteren tussen bijeenkomsten");
        assertThat(links).extracting(Anchor::getHref).containsExactly("casussen/" + theCase.getId() + "/mdo",
                "casussen/" + theCase.getId() + "/tijdlijn",
                "casussen/" + theCase.getId() + "/gesprekken", "casussen/" + theCase.getId() + "/genogram",
                "casussen/" + theCase.getId() + "/ladder", "casussen/" + theCase.getId() + "/leerpunten",
                "casussen/" + theCase.getId() + "/zelf-reflecteren");
        // planning an MDO and the genogram are shown as buttons
        assertThat(links).extracting(a -> a.hasClassName("rw-button-link"))
                .containsExactly(true, false, false, true, false, false, false);

        List<Class<? extends Component>> pages = List.of(PlanMdoPage.class, TimelinePage.class, InterviewsPage.class,
                GenogramView.class, LadderPage.class, LearningPointsPage.class, SoloInvitationsPage.class);
        for (int i = 0; i < links.size(); i++) {
            String href = links.get(i).getHref();
            UI.getCurrent().navigate(href);
            assertThat(_find(pages.get(i))).as(href).hasSize(1);
            UI.getCurrent().navigate("casussen/" + theCase.getId());
        }
    }

    @Test
    void aMeetingCardShowsItsLinkItsStateAndItsActions() {
        KaribuSupport.login(data.usernameOf(facilitator));
        UI.getCurrent().navigate("casussen/" + theCase.getId());
        LocatorJ._setValue(_get(TextField.class, s -> s.withLabel("Titel van de bijeenkomst")), "Netwerkberaad");
        LocatorJ._click(_get(Button.class, s -> s.withText("Bijeenkomst plannen")));

        assertThat(_get(Span.class, s -> s.withClasses("rw-meeting-title")).getText()).isEqualTo("Netwerkberaad");
        assertThat(_find(Span.class, s -> s.withText("Open"))).hasSize(1);
        // the actions in their order: copy, renew, close, watch link, open the workspace
        Component actions = _get(Button.class, s -> s.withText("Kopiëren")).getParent().orElseThrow();
        assertThat(actions.getChildren().map(c -> c.getElement().getText().isEmpty()
                ? c.getElement().getTextRecursively() : c.getElement().getText()).map(String::strip))
                .containsExactly("Kopiëren", "Nieuwe link", "Sluiten", "Meekijklink", "Naar de werkruimte");
        assertThat(_get(Button.class, s -> s.withText("Een dag langer geldig")).isEnabled()).isTrue();
    }
}
