package nl.reflectiewerkplaats.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Nu aanwezig" follows who comes and goes, and a join touches only the line of who joined. */
@KaribuViewTest
class PresenceListTests {

    @Autowired
    TestData data;
    @Autowired
    PresenceRegistry registry;

    private static List<Div> lines() {
        return _find(Div.class, spec -> spec.withClasses("rw-presence-person"));
    }

    private static List<String> names() {
        return _find(Span.class, spec -> spec.withClasses("rw-presence-name")).stream().map(Span::getText).toList();
    }

    @Test
    void aJoinAddsOneLineAndLeavesTheOthersAsTheyWere() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        KaribuSupport.joinAs(m.getInviteToken(), "Mila");
        assertThat(names()).containsExactly("Mila");

        String zoe = registry.enter(c.getId(), m.getId(), new Presence("p-zoe", "Zoë", "leerkracht", false),
                System::currentTimeMillis);
        assertThat(KaribuSupport.awaitPush(() -> names().size() == 2, Duration.ofSeconds(5))).isTrue();
        Div milaLine = lines().getFirst();

        registry.enter(c.getId(), m.getId(), new Presence("p-bart", "Bart", "wijkteam", false), System::currentTimeMillis);
        assertThat(KaribuSupport.awaitPush(() -> names().size() == 3, Duration.ofSeconds(5))).isTrue();
        assertThat(names()).as("in name order").containsExactly("Bart", "Mila", "Zoë");
        assertThat(lines().get(1)).as("Mila's line was left as it was").isSameAs(milaLine);

        registry.leave(zoe);
        assertThat(KaribuSupport.awaitPush(() -> names().size() == 2, Duration.ofSeconds(5))).isTrue();
        assertThat(names()).containsExactly("Bart", "Mila");
        assertThat(lines().get(1)).isSameAs(milaLine);
        assertThat(_find(Span.class, spec -> spec.withClasses("rw-presence-count")).getFirst().getText()).isEqualTo("2");
    }

    @Test
    void aLargeMeetingShowsTwelveLinesWithTheViewerAndTheOthersOnRequest() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        for (int i = 0; i < 20; i++) {
            registry.enter(c.getId(), m.getId(), new Presence("p-" + i, String.format("Aa %02d", i), "wijkteam", false),
                    System::currentTimeMillis);
        }
        registry.enter(c.getId(), m.getId(), new Presence("f-1", "Zz Begeleider", null, true), System::currentTimeMillis);
        KaribuSupport.joinAs(m.getInviteToken(), "Zoë");
        assertThat(KaribuSupport.awaitPush(() -> "22".equals(count()), Duration.ofSeconds(5))).isTrue();

        assertThat(lines()).as("a view holds twelve lines, not one per person").hasSize(12);
        assertThat(names()).as("whoever leads and the viewer are among them, in the list's order")
                .contains("Zoë").startsWith("Zz Begeleider", "Aa 00");
        Button more = _get(Button.class, spec -> spec.withClasses("rw-presence-more"));
        assertThat(more.getText()).isEqualTo("en 10 anderen");

        _click(more);
        assertThat(lines()).hasSize(22);
        assertThat(more.getText()).isEqualTo("Minder tonen");
        _click(more);
        assertThat(lines()).hasSize(12);
    }

    private static String count() {
        return _find(Span.class, spec -> spec.withClasses("rw-presence-count")).getFirst().getText();
    }
}
