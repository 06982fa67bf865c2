package nl.reflectiewerkplaats.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

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
}
