package nl.reflectiewerkplaats.tensionfield;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import nl.reflectiewerkplaats.cards.TensionField;

@KaribuViewTest
class TensionFieldViewTests {

    private static final String FIELD = "jij-ik-wij";

    @Autowired
    TestData data;
    @Autowired
    TensionFieldService fields;
    @Autowired
    RoundService rounds;

    @Test
    void theHistoryShowsTwoMeetingsOfOneCaseSideBySide() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting first = data.newMeeting(f, c);
        Round r1 = fields.openRound(f, c.getId(), first.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(data.participant(first, "Ann"), r1.getId(), 0.1);
        fields.place(data.participant(first, "Bob"), r1.getId(), 0.15);
        rounds.reveal(f, r1.getId());
        Meeting second = data.newMeeting(f, c);
        Round r2 = fields.openRound(f, c.getId(), second.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(data.participant(second, "Ann"), r2.getId(), 0.7);
        fields.place(data.participant(second, "Bob"), r2.getId(), 0.9);
        rounds.reveal(f, r2.getId());

        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("bijeenkomst/" + second.getId());

        List<Div> items = _find(Div.class, s -> s.withClasses("rw-history-item"));
        assertThat(items).hasSize(2);
        assertThat(positionsIn(items.get(0))).containsExactlyInAnyOrder("left: 10.0%", "left: 15.0%");
        assertThat(positionsIn(items.get(1))).containsExactlyInAnyOrder("left: 70.0%", "left: 90.0%");
    }

    @Test
    void beforeTheRevealAParticipantsPageHoldsOnlyTheirOwnMarkerAndAnonymousStaysNameless() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant other = data.participant(m, "Ongezien");
        Round round = fields.openRound(f, c.getId(), m.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        fields.place(other, round.getId(), 0.42);

        KaribuSupport.joinAs(m.getInviteToken(), "Kijker");

        assertThat(markers()).isEmpty();
        assertThat(pageHtml()).doesNotContain("42.0%");

        rounds.reveal(f, round.getId());
        assertThat(KaribuSupport.awaitPush(() -> markers().size() == 1, Duration.ofSeconds(5))).isTrue();
        // no name on the marker, and in an anonymous round not even "vertrokken" (with the
        // list of who is here, that would name it)
        assertThat(_find(Span.class, s -> s.withClasses("rw-marker-label"))).isEmpty();
        assertThat(pageHtml()).doesNotContain("Ongezien\u003c/span\u003e\u003c/div")
                .contains("42.0%");
    }

    /** Issue 15, finding 1: a stopped round is not in the history a participant sees in a later meeting. */
    @Test
    void theHistoryOfAStoppedRoundShowsNothingToAParticipant() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting first = data.newMeeting(f, c);
        Actor.Participant ann = data.participant(first, "Ann");
        Actor.Participant bob = data.participant(first, "Bob");
        Round shown = fields.openRound(f, c.getId(), first.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, shown.getId(), 0.61);
        fields.place(bob, shown.getId(), 0.66);
        rounds.reveal(f, shown.getId());
        Round stopped = fields.openRound(f, c.getId(), first.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, stopped.getId(), 0.33);
        fields.place(bob, stopped.getId(), 0.44);
        rounds.close(f, stopped.getId());

        Meeting second = data.newMeeting(f, c);
        fields.openRound(f, c.getId(), second.getId(), FIELD, Round.RevealMode.NAMED);
        KaribuSupport.joinAs(second.getInviteToken(), "Cas");

        List<Div> items = _find(Div.class, s -> s.withClasses("rw-history-item"));
        assertThat(items).as("only the revealed round is in the history").hasSize(1);
        assertThat(positionsIn(items.get(0))).containsExactlyInAnyOrder("left: 61.0%", "left: 66.0%");
        assertThat(KaribuSupport.pageHtml("rw-history")).doesNotContain("33.0%").doesNotContain("44.0%");
    }

    /** The facilitator may reveal a stopped round later: it then joins the history. */
    @Test
    void theFacilitatorRevealsAStoppedRoundLater() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant ann = data.participant(m, "Ann");
        Round stopped = fields.openRound(f, c.getId(), m.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, stopped.getId(), 0.33);
        rounds.close(f, stopped.getId());

        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("bijeenkomst/" + m.getId());
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_find(Div.class, s -> s.withClasses("rw-stopped-round"))).hasSize(1);
        LocatorJ._click(
                _get(Button.class, s -> s.withText("Alsnog onthullen")));
        ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class));

        assertThat(_find(Div.class, s -> s.withClasses("rw-stopped-round"))).isEmpty();
        assertThat(rounds.get(f, stopped.getId()).isRevealed()).isTrue();
        assertThat(fields.history(ann, c.getId(), FIELD)).singleElement()
                .satisfies(h -> assertThat(h.markers()).extracting(MarkerView::position).containsExactly(0.33));
    }

    /**
     * Issue 15, finding 6: the page lists an anonymous round's markers by place, not in the
     * order people placed them; the presence list carries no internal ids.
     */
    @Test
    void anAnonymousRevealIsRenderedInPlaceOrderAndThePresenceListHoldsNoIds() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant dewi = data.participant(m, "Dewi");
        Actor.Participant chantal = data.participant(m, "Chantal");
        Actor.Participant bram = data.participant(m, "Bram");
        Round round = fields.openRound(f, c.getId(), m.getId(), FIELD, Round.RevealMode.ANONYMOUS);
        fields.place(dewi, round.getId(), 0.846);
        fields.place(chantal, round.getId(), 0.592);
        fields.place(bram, round.getId(), 0.137);
        rounds.reveal(f, round.getId());

        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("bijeenkomst/" + m.getId());
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_find(Div.class, s -> s.withClasses("rw-history-item"))).as("one round: no history").isEmpty();
        List<String> order = markers().stream().map(d -> d.getStyle().get("left")).toList();
        assertThat(order).containsExactly("13.7%", "59.2%", "84.6%");
        String html = KaribuSupport.pageHtml("rw-presence");
        assertThat(html).doesNotContain("data-actor").doesNotContain(f.id());
    }

    /** "Ronde afronden" after the reveal closes the round for everyone; the panel then says no round runs. */
    @Test
    void theFacilitatorFinishesARevealedRoundAndThePanelSaysNoneRuns() {
        Actor.Facilitator f = data.facilitator();
        Meeting m = data.newMeeting(f, data.newCase(f));
        Round round = fields.openRound(f, m.getCaseId(), m.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(data.participant(m, "Ann"), round.getId(), 0.4);
        rounds.reveal(f, round.getId());

        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("bijeenkomst/" + m.getId());
        _get(TabSheet.class).setSelectedIndex(1);
        LocatorJ._click(_get(Button.class, s -> s.withText("Ronde afronden")));

        assertThat(rounds.get(f, round.getId()).isEnded()).isTrue();
        assertThat(_find(Div.class, s -> s.withClasses("rw-empty")))
                .anySatisfy(empty -> assertThat(empty.getElement().getTextRecursively())
                        .contains("Er loopt nu geen ronde", "Kies hierboven een spanningsveld"));
        assertThat(_find(Button.class, s -> s.withText("Ronde afronden"))).isEmpty();
    }

    private static String pageHtml() {
        return KaribuSupport.pageHtml("rw-field-line");
    }

    @Test
    void theFacilitatorRunsThePhasesOfWerkkaart8AsTheSameRound() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Dewi");
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("bijeenkomst/" + m.getId());
        _get(TabSheet.class).setSelectedIndex(1);

        @SuppressWarnings("unchecked")
        Select<TensionField> select =
                _get(Select.class, s -> s.withLabel("Spanningsveld"));
        LocatorJ._setValue(select, fields.line(TensionFieldService.PHASES_ID).orElseThrow());
        LocatorJ._click(
                _get(Button.class, s -> s.withText("Ronde starten")));

        assertThat(_find(Div.class, s -> s.withClasses("rw-zone"))).hasSize(3);
        assertThat(_find(Div.class, s -> s.withClasses("rw-voices"))).isEmpty();
        Round round = rounds.current(f, c.getId(), m.getId()).orElseThrow();
        assertThat(round.getTopic()).isEqualTo("spanningsveld:fasen");
        fields.place(p, round.getId(), 0.5);
        LocatorJ._click(
                _get(Button.class, s -> s.withText("Onthullen")));
        ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class));

        assertThat(KaribuSupport.awaitPush(() -> !_find(Div.class, s -> s.withClasses("rw-voices")).isEmpty(),
                Duration.ofSeconds(5))).isTrue();
        assertThat(_find(Div.class, s -> s.withClasses("rw-voices-phase"))).hasSize(3);
        assertThat(markers()).hasSize(1);
    }

    private static List<Div> markers() {
        return _find(Div.class, s -> s.withClasses("rw-marker"));
    }

    private static List<String> positionsIn(Component item) {
        return _find(item, Div.class, s -> s.withClasses("rw-marker")).stream()
                .map(d -> "left: " + d.getStyle().get("left")).toList();
    }
}
