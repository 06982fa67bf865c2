package nl.reflectiewerkplaats.fault;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sample of bad input typed into the views themselves (the service-level list is
 * {@link BadInputFaultTests}): the dream card field a participant uses and the case
 * form a facilitator uses. Each value ends in a Dutch message with nothing stored, or
 * is stored as typed and shown back as text; never an error page, never a broken
 * document.
 */
@KaribuViewTest
class BadInputViewTests {

    private static final List<String> BAD = List.of("", "   ", "a".repeat(10_000), "regel\u0000\u0007\u001b[31m",
            "\u202Eabc\u200F\u200E", "👨‍👩‍👧 🧒🏽", "<script>alert(1)</script><b>vet</b>", "${7*7} {0} %s '\" ; --");

    @Autowired
    TestData data;
    @Autowired
    DreamBoardService board;
    @Autowired
    CaseService cases;

    @Test
    void aParticipantTypesBadTextIntoADreamCard() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Ilse");
        Map<String, String> outcome = new TreeMap<>();
        int stored = 0;
        for (String value : BAD) {
            TextArea field = _find(TextArea.class).getFirst();
            _setValue(field, value);
            _click(_find(Button.class, spec -> spec.withText("Toevoegen")).getFirst());
            List<String> messages = new ArrayList<>(NotificationsKt.getNotifications().stream()
                    .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList());
            NotificationsKt.clearNotifications();
            List<DreamCard> now = board.listCards(f, c.getId());
            if (now.size() > stored) {
                stored = now.size();
                assertThat(now.getLast().getText()).as("stored as typed (trimmed)").isEqualTo(value.strip());
                assertThat(_find(Paragraph.class, spec -> spec.withClasses("rw-answer-text")).stream()
                        .map(Paragraph::getText)).as("shown back as text").contains(value.strip());
                outcome.put(label(value), "opgeslagen");
            } else {
                assertThat(messages).as("a refusal says why, in Dutch, for %s", label(value)).isNotEmpty();
                assertThat(messages.getFirst()).containsAnyOf("leeg", "te lang", "tekens", "Weet je zeker");
                assertThat(field.getValue()).as("the text is kept to fix it").isEqualTo(value);
                outcome.put(label(value), messages.getFirst());
            }
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("bijeenkomst/");
        System.out.printf("Bad input through the dream board: %d values, %d stored, %d refused with a message%n%s%n",
                BAD.size(), stored, BAD.size() - stored, outcome);
        assertThat(outcome).hasSize(BAD.size());
    }

    @Test
    void aFacilitatorTypesBadTextIntoTheCaseForm() {
        Actor.Facilitator f = data.facilitator();
        KaribuSupport.login(data.usernameOf(f));
        int refused = 0;
        for (String value : BAD) {
            if (_find(TextField.class, spec -> spec.withLabel("Schuilnaam van de casus")).isEmpty()) {
                // after a case is made its page opens; back to the list for the next one
                UI.getCurrent().navigate("");
                _click(_get(Button.class, spec -> spec.withText("Nieuwe casus")));
            }
            _setValue(_get(TextField.class, spec -> spec.withLabel("Schuilnaam van de casus")), value);
            int before = cases.listCases(f).size();
            _click(_get(Button.class, spec -> spec.withText("Casus aanmaken")));
            List<Case> after = cases.listCases(f);
            if (after.size() == before) {
                refused++;
                assertThat(NotificationsKt.getNotifications()).as("a Dutch message for %s", label(value)).isNotEmpty();
                NotificationsKt.clearNotifications();
            } else {
                assertThat(after).extracting(Case::getPseudonym).contains(value.strip());
            }
        }
        System.out.printf("Bad input through the case form: %d values, %d refused with a message%n", BAD.size(), refused);
        assertThat(refused).as("empty, blank, too long and control characters are refused").isGreaterThanOrEqualTo(4);
    }

    private static String label(String value) {
        String shown = value.length() > 24 ? value.substring(0, 24) + "…(" + value.length() + ")" : value;
        return shown.chars().mapToObj(ch -> ch < 32 ? "\\x" + Integer.toHexString(ch) : String.valueOf((char) ch))
                .reduce("", String::concat);
    }
}
