package nl.reflectiewerkplaats.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import java.util.stream.Stream;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.dream.ui.DreamBoard;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.perspective.ui.PerspectivePanel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.StoreCommands;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Following an agenda step must reach a participant's screen about as fast as any
 * other live change: the step's panel is built from a handful of store round trips,
 * not from one access check, meeting look-up and log write per service call.
 */
@KaribuViewTest
class StepPanelReadsTests {

    private static final List<String> STEPS = List.of("Spanningsvelden", "Perspectiefwissel", "Afsluiting");

    @Autowired
    TestData data;
    @Autowired
    StoreCommands store;

    @Test
    void aStepsPanelIsBuiltFromFewStoreRoundTrips() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Lotte");
        MockVaadin.clientRoundtrip(false);

        Map<String, List<String>> first = new LinkedHashMap<>();
        for (String step : STEPS) {
            first.put(step, store.during(() -> open(step)));
        }
        open("Vragen naar de droom");
        Map<String, List<String>> later = new LinkedHashMap<>();
        for (String step : STEPS) {
            later.put(step, store.during(() -> open(step)));
        }
        first.forEach((step, commands) -> System.out.printf("first visit of %s: %d store commands %s%n", step,
                commands.size(), commands));
        later.forEach((step, commands) -> System.out.printf("later visit of %s: %d store commands %s%n", step,
                commands.size(), commands));

        // before: 5, 12 and 20 — each service call looked up the meeting, the participant and the
        // meeting again, and wrote its log entry, before its own read; now the access facts are kept
        // for the recheck's time and a read's log entry is written behind it
        assertThat(first.get("Spanningsvelden")).as("the round").hasSizeLessThanOrEqualTo(2);
        assertThat(first.get("Perspectiefwissel")).as("the three ways' rounds").hasSizeLessThanOrEqualTo(3);
        assertThat(first.get("Afsluiting")).as("notes ×2, verbs, who is here").hasSizeLessThanOrEqualTo(5);
        assertThat(first.values()).as("no read waits for its log entry")
                .allSatisfy(reads -> assertThat(reads).doesNotContain("insert access_log"));
        assertThat(first.values()).as("every panel read what it shows").allSatisfy(reads -> assertThat(reads).isNotEmpty());
        // a panel once built stays attached in the tab sheet and follows live changes: no re-read
        assertThat(later.values()).allSatisfy(reads -> assertThat(reads).isEmpty());
    }

    @Test
    void theNextStepIsPreparedWhileTheGroupWorksAndAHiddenPanelFollowsLiveChanges(
            @Autowired FacilitationService facilitation, @Autowired DreamBoardService dream) {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor other = data.participant(m, "Bram");
        KaribuSupport.joinAs(m.getInviteToken(), "Lotte");
        MockVaadin.clientRoundtrip(false);
        List<Agenda.Step> steps = facilitation.agenda(f, c.getId(), m.getId()).getSteps();
        assertThat(builtPanels()).as("only the first step's instrument is built at the start").isEqualTo(1);

        // the group moves to step 2 (Spanningsvelden); Lotte's view follows and then prepares step 3
        facilitation.goTo(f, c.getId(), m.getId(), steps.get(1).id());
        assertThat(KaribuSupport.awaitPush(() -> "Spanningsvelden".equals(selectedTab()), Duration.ofSeconds(5)))
                .as("the view followed the group").isTrue();
        assertThat(KaribuSupport.awaitPush(() -> builtPanels() == 3, Duration.ofSeconds(10)))
                .as("step 3's panel is prepared out of sight within a few seconds").isTrue();
        assertThat(selectedTab()).as("preparing did not move the view").isEqualTo("Spanningsvelden");

        // meanwhile someone answers a question of the dream, whose panel is hidden now
        dream.addCard(other, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Een eigen kamer");

        List<String> toStep3 = store.during(() -> {
            facilitation.goTo(f, c.getId(), m.getId(), steps.get(2).id());
            assertThat(KaribuSupport.awaitPush(() -> "Perspectiefwissel".equals(selectedTab()), Duration.ofSeconds(5))).isTrue();
        });
        assertThat(toStep3).as("the prepared step shows without reading the store again")
                .allSatisfy(command -> assertThat(command).doesNotContain("round"));
        assertThat(_find(PerspectivePanel.class)).hasSize(1);

        facilitation.goTo(f, c.getId(), m.getId(), steps.get(0).id());
        assertThat(KaribuSupport.awaitPush(() -> "Vragen naar de droom".equals(selectedTab()), Duration.ofSeconds(5))).isTrue();
        assertThat(_get(DreamBoard.class).getElement().getTextRecursively())
                .as("the card added while the dream was hidden is there on return").contains("Een eigen kamer");
    }

    /** Instrument panels built in this view, shown or not. */
    private static long builtPanels() {
        return descendants(UI.getCurrent()).filter(x -> x.getElement().getClassList().contains("rw-instrument-slot"))
                .filter(slot -> slot.getChildren().findAny().isPresent()).count();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(StepPanelReadsTests::descendants));
    }

    private static String selectedTab() {
        return _get(TabSheet.class, s -> s.withClasses("rw-instruments")).getSelectedTab().getLabel();
    }

    /** Opens the tab and lets the round trip to the browser happen (a tab sheet attaches its content then). */
    private static void open(String instrument) {
        KaribuSupport.openInstrument(instrument);
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(TabSheet.class, s -> s.withClasses("rw-instruments")).getSelectedTab().getLabel())
                .isEqualTo(instrument);
    }
}
