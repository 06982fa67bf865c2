package nl.reflectiewerkplaats.art;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.art.ui.ArtPanel;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kunst in the facilitator's workspace: what the facilitator is typing in the text editor
 * stays while participants mark stanzas (each mark redraws the text for everyone).
 */
@KaribuViewTest
class ArtViewTests {

    @Autowired
    ArtService service;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void theFacilitatorsTypingSurvivesTheMarksParticipantsMake() {
        service.offer(anna, theCase.getId(), meeting.getId(), "Lied van de weg", "Eerste strofe\n\nTweede strofe");
        Actor.Participant noor = data.participant(meeting, "Noor");
        KaribuSupport.login(data.usernameOf(anna));
        UI.getCurrent().navigate("bijeenkomst/" + meeting.getId());
        KaribuSupport.openInstrument("Kunst");
        assertThat(stanzaCounts()).containsExactly("0 gekozen", "0 gekozen");

        TextArea text = _get(panel(), TextArea.class, s -> s.withLabel("Tekst"));
        assertThat(text.getValue()).isEqualTo("Eerste strofe\n\nTweede strofe");
        _setValue(text, "Eerste strofe\n\nTweede strofe\n\nDerde strofe, half af");
        _setValue(_get(panel(), TextField.class, s -> s.withLabel("Titel (en maker)")), "Lied van de lange weg");

        service.mark(noor, theCase.getId(), meeting.getId(), 1);
        assertThat(KaribuSupport.awaitPush(() -> stanzaCounts().contains("1 gekozen"), Duration.ofSeconds(5)))
                .as("the mark arrived").isTrue();
        assertThat(_get(panel(), TextArea.class, s -> s.withLabel("Tekst")).getValue())
                .isEqualTo("Eerste strofe\n\nTweede strofe\n\nDerde strofe, half af");
        assertThat(_get(panel(), TextField.class, s -> s.withLabel("Titel (en maker)")).getValue())
                .isEqualTo("Lied van de lange weg");
        // nothing of it was stored: the participants still see the offered text
        assertThat(service.piece(anna, theCase.getId(), meeting.getId()).orElseThrow().getTitle())
                .isEqualTo("Lied van de weg");
    }

    /** Per stanza, how many chose it ("2 gekozen"). */
    private static List<String> stanzaCounts() {
        return _find(panel(), Span.class).stream().map(Span::getText).filter(t -> t.endsWith(" gekozen")).toList();
    }

    private static ArtPanel panel() {
        return _get(ArtPanel.class);
    }
}
