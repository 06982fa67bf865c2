package nl.reflectiewerkplaats.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.reflectiewerkplaats.workspace.InstrumentTabsTests.visibleTabs;
import static nl.reflectiewerkplaats.workspace.InstrumentTabsTests.waitingInMenu;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.instrument.InstrumentKind;
import nl.reflectiewerkplaats.notebook.ui.NotebookInstrument;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.support.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Adding an instrument touches only its own module: {@link NotebookInstrument} is
 * registered by itself alone, and the workspace shows it (under "Meer", built only when
 * opened), the agenda offers it, a step on it brings everyone there, and opening a
 * round it owns takes the participants to it.
 */
@StoreTest
@Import(NotebookInstrument.class)
class NewInstrumentTests {

    private static final String LABEL = "Wat valt ons op? (gedeelde notities)";

    /** A context of its own (one more instrument): its own store folder, beside the shared test context's. */
    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        registry.add("reflectiewerkplaats.data-dir", () -> TestStore.newFolder("rw-new-instrument").toString());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    RoundService rounds;

    @BeforeEach
    void setUp() {
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    private static String selectedTab() {
        return _get(TabSheet.class, s -> s.withClasses("rw-instruments")).getSelectedTab().getLabel();
    }

    @Test
    void theNewInstrumentWaitsInMeerAndIsBuiltWhenOpened() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Noor");

        assertThat(waitingInMenu()).containsExactly("Sinds vorige keer", "MDO", "Drie cirkels", "Tijdlijn",
                "Andere taal", "Kunst", "Geno-sociogram", "Besluitniveau", "Spinnenweb", "Ladder", LABEL, "Leerpunten",
                "Afspraken", "Wat leerden we?");
        assertThat(_find(SharedNotes.class)).as("not built before it is opened").isEmpty();
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, s -> s.withClasses("rw-more-instruments")), LABEL);
        assertThat(selectedTab()).isEqualTo(LABEL);
        assertThat(_get(SharedNotes.class).getElement().getTextRecursively()).contains("Notitieblok");
    }

    @Test
    void theFacilitatorPutsItOnTheAgendaAndARoundItOwnsTakesParticipantsThere() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("bijeenkomst/" + m.getId());

        // the agenda editor offers the new instrument under its name, after the others
        _click(_get(Button.class, s -> s.withAttribute("aria-label", "Agenda aanpassen")));
        @SuppressWarnings("unchecked")
        Select<InstrumentKind> instrument = _get(Select.class, s -> s.withLabel("Werkvorm"));
        List<InstrumentKind> offered = instrument.getListDataView().getItems().toList();
        assertThat(offered).extracting(InstrumentKind::id).containsExactly("SINCELAST", "MDO", "DREAM", "CIRCLES",
                "FIELDS", "PERSPECTIVE", "TIMELINE", "LANGUAGE", "ART", "GENOGRAM", "DECISION", "SPIDERWEB", "LADDER",
                NotebookInstrument.ID, "LEARNINGPOINTS", "AGREEMENTS", "LEARNINGORDERS", "CLOSING");
        assertThat(offered).extracting(instrument.getItemLabelGenerator()::apply).contains(LABEL, "Tijdlijn");
        instrument.setValue(offered.stream().filter(i -> i.id().equals(NotebookInstrument.ID)).findFirst().orElseThrow());
        _get(TextField.class, s -> s.withLabel("Titel van de stap")).setValue("Wat we opschrijven");
        _get(IntegerField.class, s -> s.withLabel("Minuten")).setValue(10);
        _click(_get(Button.class, s -> s.withText("Stap toevoegen")));
        Agenda agenda = facilitation.agenda(f, c.getId(), m.getId());
        assertThat(agenda.getSteps()).extracting(Agenda.Step::instrument)
                .containsExactly("DREAM", "FIELDS", "PERSPECTIVE", "CLOSING", NotebookInstrument.ID);
        assertThat(visibleTabs()).as("on the agenda, so in the bar").contains(LABEL);
        // and a template keeps it, like any other step
        _get(TextField.class, s -> s.withLabel("Naam van het sjabloon")).setValue("Met notitieblok");
        _click(_get(Button.class, s -> s.withText("Bewaren als sjabloon")));
        assertThat(facilitation.templates(f)).filteredOn(t -> !t.getId().startsWith("plan:")).singleElement().satisfies(t -> assertThat(t.getSteps())
                .extracting(Agenda.Step::instrument).contains(NotebookInstrument.ID));

        // a participant: the agenda's step brings the instrument into the bar
        KaribuSupport.tearDown();
        KaribuSupport.setUp(context);
        KaribuSupport.joinAs(m.getInviteToken(), "Jesse");
        assertThat(visibleTabs()).containsExactly("Vragen naar de droom", "Spanningsvelden", "Perspectiefwissel",
                "Afsluiting", LABEL);
        assertThat(selectedTab()).isEqualTo("Vragen naar de droom");

        // opening a round the instrument owns takes the participant (and the agenda) there
        rounds.open(f, c.getId(), m.getId(), NotebookInstrument.TOPIC_PREFIX + "ronde", Round.RevealMode.NAMED);
        assertThat(KaribuSupport.awaitPush(() -> LABEL.equals(selectedTab()), Duration.ofSeconds(5)))
                .as("the participant's view went to the round's instrument").isTrue();
        assertThat(facilitation.agenda(f, c.getId(), m.getId()).current()).get().extracting(Agenda.Step::instrument)
                .isEqualTo(NotebookInstrument.ID);
    }
}
