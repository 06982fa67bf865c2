package nl.reflectiewerkplaats.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.dream.ui.DreamBoard;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.AgendaChanged;
import com.vaadin.flow.component.html.Span;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.ui.TimelinePanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;

/**
 * The workspace's tabs follow the agenda: its instruments are the tabs, the rest wait in
 * "Meer"; an instrument is built only when first shown; a step elsewhere brings its
 * instrument into the bar for everyone.
 */
@KaribuViewTest
class InstrumentTabsTests {

    @Autowired
    TestData data;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    CaseBroadcaster broadcaster;

    /** The labels of the tabs in the bar. */
    static List<String> visibleTabs() {
        return _find(Tab.class).stream().filter(Tab::isVisible).map(Tab::getLabel).toList();
    }

    /** The labels of the instruments waiting in "Meer". */
    static List<String> waitingInMenu() {
        MenuItem more = _get(MenuItem.class, spec -> spec.withText("Meer"));
        return more.getSubMenu().getItems().stream().map(i -> i.getElement().getTextRecursively()).toList();
    }

    @Test
    void theAgendasInstrumentsAreTheTabsTheRestWaitsInMeerAndIsBuiltOnlyWhenOpened() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Lotte");

        // the starting agenda: droom, spanningsvelden, perspectiefwissel, afsluiting
        assertThat(visibleTabs()).containsExactly("Vragen naar de droom", "Spanningsvelden", "Perspectiefwissel",
                "Afsluiting");
        assertThat(waitingInMenu()).containsExactly("Sinds vorige keer", "MDO", "Drie cirkels", "Tijdlijn",
                "Andere taal", "Kunst", "Geno-sociogram", "Besluitniveau", "Spinnenweb", "Ladder", "Leerpunten",
                "Afspraken", "Wat leerden we?");
        assertThat(_find(DreamBoard.class)).as("the shown instrument is built").hasSize(1);
        assertThat(_find(TimelinePanel.class)).as("an instrument not shown is not built").isEmpty();

        // one tap in "Meer" brings the timeline into the bar and opens it
        ContextMenuKt._clickItemWithCaption(
                _get(MenuBar.class), "Tijdlijn");
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Tijdlijn");
        assertThat(visibleTabs()).contains("Tijdlijn");
        assertThat(waitingInMenu()).doesNotContain("Tijdlijn");
        assertThat(_find(TimelinePanel.class)).hasSize(1);
    }

    @Test
    void aStepOnAnInstrumentInTheMenuBringsItIntoTheBarForTheParticipant() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Milan");
        assertThat(waitingInMenu()).contains("Geno-sociogram");

        Agenda agenda = facilitation.addStep(f, c.getId(), m.getId(), "GENOGRAM", "Het netwerk", 20);
        String stepId = agenda.getSteps().getLast().id();
        facilitation.goTo(f, c.getId(), m.getId(), stepId);

        assertThat(KaribuSupport.awaitPush(() -> "Geno-sociogram".equals(_get(TabSheet.class).getSelectedTab().getLabel()),
                Duration.ofSeconds(5))).as("the participant's view went to the step's instrument").isTrue();
        assertThat(visibleTabs()).containsExactly("Vragen naar de droom", "Spanningsvelden", "Perspectiefwissel",
                "Afsluiting", "Geno-sociogram");
        assertThat(waitingInMenu()).containsExactly("Sinds vorige keer", "MDO", "Drie cirkels", "Tijdlijn",
                "Andere taal", "Kunst", "Besluitniveau", "Spinnenweb", "Ladder", "Leerpunten", "Afspraken",
                "Wat leerden we?");
    }

    @Test
    void aStepOnAnInstrumentThatIsGoneSaysSoAndLeavesTheViewWhereItIs(@Autowired MongoTemplate mongo) {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        facilitation.agenda(f, c.getId(), m.getId());
        // an agenda stored when an instrument existed that no module registers any more
        mongo.getCollection("agendas").updateOne(new Document("meetingId", m.getId()), new Document("$push",
                new Document("steps", new Document("_id", "weg").append("instrument", "SPINNENWEB")
                        .append("title", "Het spinnenweb").append("plannedMinutes", 10)))
                .append("$set", new Document("currentStepId", "weg")));

        KaribuSupport.joinAs(m.getInviteToken(), "Fenna");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .containsExactly("Deze stap hoort bij een onderdeel dat hier niet (meer) bestaat. Kies een andere stap.");
        assertThat(visibleTabs()).containsExactly("Vragen naar de droom", "Spanningsvelden", "Perspectiefwissel",
                "Afsluiting");
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Vragen naar de droom");
        assertThat(_find(DreamBoard.class)).as("the view works on").hasSize(1);
    }

    @Test
    void anOlderAgendaArrivingLateDoesNotTakeTheViewBackToAnEarlierStep() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Noah");
        Agenda first = facilitation.agenda(f, c.getId(), m.getId());
        Agenda second = facilitation.goTo(f, c.getId(), m.getId(), first.getSteps().get(1).id());
        assertThat(KaribuSupport.awaitPush(() -> "Spanningsvelden".equals(_get(TabSheet.class).getSelectedTab().getLabel()),
                Duration.ofSeconds(5))).as("the view followed the group to step 2").isTrue();

        List<String> jumps = new ArrayList<>();
        TabSheet sheet = _get(TabSheet.class);
        sheet.addSelectedChangeListener(e -> jumps.add(sheet.getSelectedTab().getLabel()));

        // the state before the step, delivered late (as a slow push can), then a later change of the same step
        broadcaster.deliver(new AgendaChanged(c.getId(), first));
        facilitation.spotlight(f, c.getId(), m.getId(), "Wat zien we hier eigenlijk?");
        assertThat(KaribuSupport.awaitPush(() -> !_find(Span.class, spec -> spec.withClasses("rw-spotlight-text")
                        .withText("Wat zien we hier eigenlijk?")).isEmpty(),
                Duration.ofSeconds(5))).as("the later change arrived").isTrue();
        assertThat(_find(Span.class, spec -> spec.withClasses("rw-agenda-current")).getFirst().getText()).startsWith("2.");
        assertThat(jumps).as("the view never jumped back to step 1's instrument and forth").isEmpty();
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).as("still at the group's step").isEqualTo("Spanningsvelden");
    }
}
