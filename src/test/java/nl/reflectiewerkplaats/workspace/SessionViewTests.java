package nl.reflectiewerkplaats.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;

/** What facilitators and participants see and do, step by step, without a browser. */
@KaribuViewTest
class SessionViewTests {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    MeetingService meetings;
    @Autowired
    DreamBoardService board;
    @Autowired
    CaseBroadcaster broadcaster;

    @Test
    void aFacilitatorCreatesACaseAndPlansAMeetingWithAnInviteLink() {
        Actor.Facilitator f = data.facilitator();
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("");

        assertThat(_get(Div.class, spec -> spec.withClasses("rw-empty")).getElement().getTextRecursively())
                .contains("Nog geen casussen");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe casus")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("rw-privacy-note")).getText())
                .contains("nooit de echte naam");

        _click(_get(Button.class, spec -> spec.withText("Casus aanmaken")));
        NotificationsKt.expectNotifications("Schuilnaam van de casus is nog leeg. Vul dit in om verder te gaan.");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Schuilnaam van de casus")), "Gezin Kastanje");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Vraag of vastloper")), "School en zorg wijzen naar elkaar.");
        _click(_get(Button.class, spec -> spec.withText("Casus aanmaken")));

        assertThat(_get(H2.class, spec -> spec.withText("Gezin Kastanje"))).isNotNull();
        assertThat(cases.listCases(f)).extracting(Case::getPseudonym).containsExactly("Gezin Kastanje");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel van de bijeenkomst")), "Eerste leerbijeenkomst");
        _click(_get(Button.class, spec -> spec.withText("Bijeenkomst plannen")));

        Meeting meeting = meetings.listMeetings(f, cases.listCases(f).getFirst().getId()).getFirst();
        TextField link = _get(TextField.class, spec -> spec.withLabel("Uitnodigingslink"));
        assertThat(link.getValue()).endsWith("/doe-mee/" + meeting.getInviteToken());

        _click(_get(Button.class, spec -> spec.withText("Sluiten")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Uitnodigingslink")).getValue())
                .isEqualTo("De link is gesloten: niemand kan nu meedoen.");
    }

    @Test
    void aParticipantJoinsByLinkAddsACardAndStaysTheSameOnReload() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);

        UI.getCurrent().navigate("doe-mee/" + m.getInviteToken());
        assertThat(_get(H2.class).getText()).isEqualTo(m.getTitle());
        _click(_get(Button.class, spec -> spec.withText("Meedoen")));
        NotificationsKt.expectNotifications("Naam is nog leeg. Vul dit in om verder te gaan.");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), "Petra");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Rol of organisatie")), "jeugdarts, GGD");
        _click(_get(Button.class, spec -> spec.withText("Meedoen")));

        assertThat(_get(H1.class).getText()).isEqualTo(m.getTitle());
        assertThat(presentNames()).containsExactly("Petra");

        TextArea firstAnswer = _find(TextArea.class, spec -> spec.withPlaceholder("Schrijf een antwoord…")).getFirst();
        _setValue(firstAnswer, "Ze wil weer naar school, bij haar vriendinnen.");
        _click(_find(Button.class, spec -> spec.withText("Toevoegen")).getFirst());
        assertThat(cardTexts()).containsExactly("Ze wil weer naar school, bij haar vriendinnen.");
        assertThat(board.listCards(f, c.getId())).extracting(DreamCard::getText)
                .containsExactly("Ze wil weer naar school, bij haar vriendinnen.");

        // reload, and opening the invite link again: the same participant, no duplicate
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("doe-mee/" + m.getInviteToken());
        assertThat(_get(H1.class).getText()).isEqualTo(m.getTitle());
        assertThat(meetings.listParticipants(f, m.getId())).extracting(Participant::getDisplayName).containsExactly("Petra");
    }

    @Test
    void aChangeBySomeoneElseAppearsWithoutReload() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant other = data.participant(m, "Ruud");
        joinAs(m, "Saskia");
        assertThat(cardTexts()).isEmpty();

        DreamCard card = board.addCard(other, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.PROFESSIONAL, 1),
                "Ja, ook als het spannend wordt.");
        assertThat(KaribuSupport.awaitPush(() -> cardTexts().contains("Ja, ook als het spannend wordt."), Duration.ofSeconds(5)))
                .isTrue();

        board.editCard(f, card.getId(), card.getVersion(), "Ja — en ik zeg het hardop.");
        assertThat(KaribuSupport.awaitPush(() -> cardTexts().contains("Ja — en ik zeg het hardop."), Duration.ofSeconds(5)))
                .isTrue();
        assertThat(cardTexts()).hasSize(1);

        board.removeCard(f, card.getId());
        assertThat(KaribuSupport.awaitPush(() -> cardTexts().isEmpty(), Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aParticipantGetsButtonsOnlyOnTheirOwnCards() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant other = data.participant(m, "Ruud");
        joinAs(m, "Saskia");
        board.addCard(other, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Ruud zijn antwoord");
        assertThat(KaribuSupport.awaitPush(() -> cardTexts().contains("Ruud zijn antwoord"), Duration.ofSeconds(5))).isTrue();
        TextArea firstAnswer = _find(TextArea.class, spec -> spec.withPlaceholder("Schrijf een antwoord…")).getFirst();
        _setValue(firstAnswer, "Saskia haar antwoord");
        _click(_find(Button.class, spec -> spec.withText("Toevoegen")).getFirst());

        // someone else's card: text and name, no buttons (and no empty row for them)
        Div ruuds = card("Ruud zijn antwoord");
        assertThat(_find(ruuds, Button.class)).isEmpty();
        assertThat(_find(ruuds, Div.class, spec -> spec.withClasses("rw-answer-actions"))).isEmpty();
        // one's own card: change and remove
        Div own = card("Saskia haar antwoord");
        assertThat(_find(own, Button.class)).extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("Bewerken", "Verwijderen");

        // editing one's own card puts save and cancel where the buttons were; cancelling brings them back
        _click(_get(own, Button.class, spec -> spec.withAttribute("aria-label", "Bewerken")));
        assertThat(_find(own, Button.class)).extracting(Button::getText).containsExactly("Opslaan", "Annuleren");
        _click(_get(own, Button.class, spec -> spec.withText("Annuleren")));
        assertThat(_find(own, Button.class)).extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("Bewerken", "Verwijderen");
        assertThat(_find(ruuds, Button.class)).isEmpty();
    }

    private static Div card(String text) {
        return _find(Div.class, spec -> spec.withClasses("rw-answer-card")).stream()
                .filter(d -> _find(d, Paragraph.class, spec -> spec.withText(text)).size() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no card with " + text));
    }

    @Test
    void aStaleEditShowsBothTextsAndKeepsWhatWasTyped() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        joinAs(m, "Tom");
        TextArea firstAnswer = _find(TextArea.class, spec -> spec.withPlaceholder("Schrijf een antwoord…")).getFirst();
        _setValue(firstAnswer, "eerste tekst");
        _click(_find(Button.class, spec -> spec.withText("Toevoegen")).getFirst());
        DreamCard card = board.listCards(f, c.getId()).getFirst();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Bewerken")));
        // the editor opens on the card, with its text (the add field is emptied by the browser, absent here)
        Div cardView = _get(Div.class, spec -> spec.withClasses("rw-answer-card"));
        TextArea editor = _get(cardView, TextArea.class, spec -> spec.withValue("eerste tekst"));
        _setValue(editor, "mijn verbetering");
        board.editCard(f, card.getId(), card.getVersion(), "tekst van de begeleider");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        List<Paragraph> quotes = _find(Paragraph.class, spec -> spec.withClasses("rw-quote"));
        assertThat(quotes).extracting(Paragraph::getText).containsExactly("tekst van de begeleider", "mijn verbetering");
        assertThat(board.listCards(f, c.getId())).extracting(DreamCard::getText).containsExactly("tekst van de begeleider");

        _click(_get(Button.class, spec -> spec.withText("Mijn tekst opslaan")));
        assertThat(board.listCards(f, c.getId())).extracting(DreamCard::getText).containsExactly("mijn verbetering");
    }

    @Test
    void openingAndClosing100ViewsLeavesNoSubscriberBehind() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        joinAs(m, "Umut");
        assertThat(broadcaster.subscriberCount(c.getId())).isPositive();
        for (int i = 0; i < 100; i++) {
            UI.getCurrent().navigate("login");
            UI.getCurrent().navigate("bijeenkomst/" + m.getId());
        }
        assertThat(_get(H1.class).getText()).isEqualTo(m.getTitle());
        UI.getCurrent().navigate("login");
        assertThat(broadcaster.subscriberCount(c.getId())).isZero();
    }

    @Test
    void aClosedOrUnknownLinkSaysSoInDutch() {
        UI.getCurrent().navigate("doe-mee/bestaat-niet");
        assertThat(_get(H2.class).getText()).isEqualTo("Deze link werkt niet (meer)");

        Actor.Facilitator f = data.facilitator();
        Meeting m = data.newMeeting(f, data.newCase(f));
        meetings.setInviteOpen(f, m.getId(), false);
        UI.getCurrent().navigate("doe-mee/" + m.getInviteToken());
        assertThat(_get(H2.class).getText()).isEqualTo("Deze link werkt niet (meer)");

        UI.getCurrent().navigate("bijeenkomst/" + m.getId());
        assertThat(_get(H2.class).getText()).isEqualTo("Je doet nog niet mee");
    }

    @Test
    void aParticipantSeesTheMeetingCloseLive() {
        Actor.Facilitator f = data.facilitator();
        Meeting m = data.newMeeting(f, data.newCase(f));
        joinAs(m, "Vera");
        meetings.setInviteOpen(f, m.getId(), false);
        assertThat(KaribuSupport.awaitPush(() -> !_find(H2.class, spec -> spec.withText("De bijeenkomst is gesloten")).isEmpty(),
                Duration.ofSeconds(5))).isTrue();
    }

    private void joinAs(Meeting m, String name) {
        KaribuSupport.joinAs(m.getInviteToken(), name);
        assertThat(_get(H1.class).getText()).isEqualTo(m.getTitle());
    }

    private static List<String> cardTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("rw-answer-text")).stream()
                .filter(Component::isVisible).map(Paragraph::getText).toList();
    }

    private static List<String> presentNames() {
        return _find(Span.class, spec -> spec.withClasses("rw-presence-name")).stream()
                .map(Span::getText).toList();
    }

    @Test
    void aTextThatLooksLikeABsnAsksFirstAndIsStoredOnlyWhenConfirmed() {
        Actor.Facilitator f = data.facilitator();
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Nieuwe casus")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Schuilnaam van de casus")), "Gezin Wilg");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Vraag of vastloper")), "BSN moeder 111222333, school wil niet");
        _click(_get(Button.class, spec -> spec.withText("Casus aanmaken")));

        var dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(dialog))
                .isEqualTo("Weet je zeker dat dit hier hoort?");
        assertThat(ConfirmDialogKt._getText(dialog)).contains("een BSN");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(cases.listCases(f)).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Casus aanmaken")));
        ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class));
        assertThat(cases.listCases(f)).extracting(Case::getQuestion).containsExactly("BSN moeder 111222333, school wil niet");
        // and, as after any save, the new case's page opens
        assertThat(_get(H2.class, spec -> spec.withText("Gezin Wilg"))).isNotNull();
    }
}
