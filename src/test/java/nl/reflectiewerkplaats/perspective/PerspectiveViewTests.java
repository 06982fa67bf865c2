package nl.reflectiewerkplaats.perspective;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KaribuViewTest
class PerspectiveViewTests {

    @Autowired
    TestData data;
    @Autowired
    PerspectiveService perspective;
    @Autowired
    BackpackService backpacks;
    @Autowired
    RoundService rounds;
    @Autowired
    GroupsService groups;
    @Autowired
    MeetingService meetings;

    @Test
    void anAnonymousRevealShowsTheRolesButNoNamesInTheParticipantsPage() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant other = data.participant(m, "Onbenoemd");
        Round round = perspective.openRolesRound(f, c.getId(), m.getId(), Round.RevealMode.ANONYMOUS);
        RoleCard father = perspective.addRole(f, round.getId(), "vader", false, null);
        perspective.addRole(f, round.getId(), "oma", false, null);
        perspective.chooseRole(other, father.getId());
        perspective.answer(other, round.getId(), "Dat ik tekortschiet.", "Schaamte", 0.7, true);

        joinAs(m, "Kijker");
        assertThat(_find(Div.class, s -> s.withClasses("rw-role"))).hasSize(2);
        String before = html();
        assertThat(before).contains("vader").doesNotContain("Onbenoemd").doesNotContain("tekortschiet");

        rounds.reveal(f, round.getId());
        assertThat(KaribuSupport.awaitPush(() -> !_find(Div.class, s -> s.withClasses("rw-perspective-table")).isEmpty(),
                Duration.ofSeconds(5))).isTrue();
        String after = html();
        assertThat(after).contains("Dat ik tekortschiet.").contains("vader").doesNotContain("Onbenoemd");
    }

    @Test
    void aParticipantPutsABookInTheBackpackAndSeesItFill() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant carrier = data.participant(m, "Rugzakdrager");
        backpacks.start(f, c.getId(), m.getId(), carrier.id(), "Rugzakdrager", "moeder");

        joinAs(m, "Adviseur");
        _get(TabSheet.class, s -> s.withClasses("rw-ways")).setSelectedIndex(1);
        assertThat(_get(Span.class, s -> s.withClasses("rw-backpack-count")).getText()).isEqualTo("0 boeken in de rugzak");
        _setValue(_get(TextField.class, s -> s.withLabel("Jouw advies (één boek)")), "Ga eens langs bij de huisarts.");
        _click(_get(Button.class, s -> s.withText("In de rugzak stoppen")));
        assertThat(KaribuSupport.awaitPush(() -> _get(Span.class, s -> s.withClasses("rw-backpack-count")).getText()
                .equals("1 boek in de rugzak"), Duration.ofSeconds(5))).isTrue();
        assertThat(_find(Div.class, s -> s.withClasses("rw-book-spine"))).hasSize(1);
    }

    @Test
    void adviceBeingTypedSurvivesTheBooksOthersPutInMeanwhile() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant carrier = data.participant(m, "Rugzakdrager");
        Actor.Participant other = data.participant(m, "Collega");
        Backpack backpack = backpacks.start(f, c.getId(), m.getId(), carrier.id(), "Rugzakdrager", "moeder");

        joinAs(m, "Adviseur");
        _get(TabSheet.class, s -> s.withClasses("rw-ways")).setSelectedIndex(1);
        _setValue(_get(TextField.class, s -> s.withLabel("Jouw advies (één boek)")), "Vraag de school om");
        backpacks.addBook(other, backpack.getId(), "Neem rust, één avond per week.");
        assertThat(KaribuSupport.awaitPush(() -> _get(Span.class, s -> s.withClasses("rw-backpack-count")).getText()
                .equals("1 boek in de rugzak"), Duration.ofSeconds(5))).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Jouw advies (één boek)")).getValue()).isEqualTo("Vraag de school om");

        // their own book goes in (the browser empties the field; Karibu has none)
        _setValue(_get(TextField.class, s -> s.withLabel("Jouw advies (één boek)")), "Vraag de school om een gesprek.");
        _click(_get(Button.class, s -> s.withText("In de rugzak stoppen")));
        assertThat(KaribuSupport.awaitPush(() -> _get(Span.class, s -> s.withClasses("rw-backpack-count")).getText()
                .equals("2 boeken in de rugzak"), Duration.ofSeconds(5))).isTrue();
        assertThat(backpacks.books(f, backpack.getId())).extracting(Book::getText)
                .contains("Vraag de school om een gesprek.");

        // once the facilitator moves on to reflecting, the form is gone
        backpacks.reflect(f, backpack.getId());
        assertThat(KaribuSupport.awaitPush(() -> _find(TextField.class, s -> s.withLabel("Jouw advies (één boek)")).isEmpty(),
                Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void theWayOfAnOpenRoundIsShownOnceThenThePersonsOwnChoiceHolds() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Round round = perspective.openRolesRound(f, c.getId(), m.getId(), Round.RevealMode.ANONYMOUS);
        perspective.addRole(f, round.getId(), "vader", false, null);

        // the round was open before this person came to the instrument: its way is shown
        joinAs(m, "Kijker");
        TabSheet ways = _get(TabSheet.class, s -> s.withClasses("rw-ways"));
        assertThat(ways.getSelectedIndex()).isEqualTo(2);

        // they look at the backpack; the reveal, and leaving and coming back, leave them there
        ways.setSelectedIndex(1);
        rounds.reveal(f, round.getId());
        // a view takes its changes in order: once the backpack started after the reveal shows, the reveal was taken
        Actor.Participant carrier = data.participant(m, "Rugzakdrager");
        backpacks.start(f, c.getId(), m.getId(), carrier.id(), "Rugzakdrager", "moeder");
        assertThat(KaribuSupport.awaitPush(() -> !_find(Span.class, s -> s.withClasses("rw-backpack-count")).isEmpty(),
                Duration.ofSeconds(5))).isTrue();
        assertThat(ways.getSelectedIndex()).isEqualTo(1);
        TabSheet instruments = _get(TabSheet.class, s -> s.withClasses("rw-instruments"));
        instruments.setSelectedIndex(0);
        instruments.setSelectedIndex(2);
        assertThat(ways.getSelectedIndex()).isEqualTo(1);

        // a new round that asks for answers brings them to its way again
        rounds.close(f, round.getId());
        Round next = perspective.openRolesRound(f, c.getId(), m.getId(), Round.RevealMode.ANONYMOUS);
        assertThat(KaribuSupport.awaitPush(() -> ways.getSelectedIndex() == 2, Duration.ofSeconds(5)))
                .as("the way of round %s shown", next.getId()).isTrue();
    }

    @Test
    void aTeammatesTextNeverReplacesWhatSomeoneIsTypingInTheSamePart() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant mate = data.participant(m, "Groepsgenoot");
        Round round = groups.start(f, c.getId(), m.getId(), GroupsService.DEFAULT_MINUTES);
        groups.assign(f, round.getId(), mate.id(), "Groepsgenoot", GroupSide.HULPVERLENING);
        joinAs(m, "Schrijver");
        String me = meetings.listParticipants(f, m.getId()).stream()
                .filter(p -> p.asActor().displayName().equals("Schrijver")).findFirst().orElseThrow().getId();
        groups.assign(f, round.getId(), me, "Schrijver", GroupSide.HULPVERLENING);
        assertThat(KaribuSupport.awaitPush(() -> !_find(TextArea.class, s -> s.withLabel(PERSPECTIVE)).isEmpty(),
                Duration.ofSeconds(5))).isTrue();
        TextArea perspectiveField = _get(TextArea.class, s -> s.withLabel(PERSPECTIVE));

        // she is in the field, typing (the browser sends her text when she leaves it); her teammate saves that part
        BasicUtilsKt._focus(perspectiveField);
        groups.write(mate, round.getId(), GroupSpace.Part.PERSPECTIVE, "Jesse woont over vijf jaar thuis.",
                groups.space(mate, round.getId(), GroupSide.HULPVERLENING).getVersion());
        assertThat(KaribuSupport.awaitPush(() -> String.valueOf(perspectiveField.getHelperText())
                .contains("Groepsgenoot schreef hier net: ‘Jesse woont over vijf jaar thuis.’"), Duration.ofSeconds(5))).isTrue();
        assertThat(perspectiveField.getValue()).as("her field is not written over").isEmpty();

        // she leaves the field with her own text: that is saved, having seen her teammate's
        _setValue(perspectiveField, "Jesse woont thuis en gaat weer naar school.");
        BasicUtilsKt._blur(perspectiveField);
        assertThat(groups.space(mate, round.getId(), GroupSide.HULPVERLENING).get(GroupSpace.Part.PERSPECTIVE))
                .isEqualTo("Jesse woont thuis en gaat weer naar school.");
        assertThat(perspectiveField.getHelperText()).isNullOrEmpty();

        // in another part she goes in and leaves without typing: the teammate's text that came meanwhile goes in
        TextArea step = _get(TextArea.class, s -> s.withLabel("Eerste stap die nu nodig is"));
        BasicUtilsKt._focus(step);
        groups.write(mate, round.getId(), GroupSpace.Part.STEP1, "Een gesprek met moeder plannen.",
                groups.space(mate, round.getId(), GroupSide.HULPVERLENING).getVersion());
        assertThat(KaribuSupport.awaitPush(() -> String.valueOf(step.getHelperText()).contains("Een gesprek met moeder plannen."),
                Duration.ofSeconds(5))).isTrue();
        assertThat(step.getValue()).isEmpty();
        BasicUtilsKt._blur(step);
        assertThat(step.getValue()).isEqualTo("Een gesprek met moeder plannen.");
        assertThat(perspectiveField.getValue()).isEqualTo("Jesse woont thuis en gaat weer naar school.");
    }

    private static final String PERSPECTIVE = "Het gewenste perspectief op de lange termijn";

    private void joinAs(Meeting m, String name) {
        KaribuSupport.joinAs(m.getInviteToken(), name);
        _get(TabSheet.class, s -> s.withClasses("rw-instruments")).setSelectedIndex(2);
    }

    private static String html() {
        return KaribuSupport.pageHtml("rw-perspective-panel");
    }
}
