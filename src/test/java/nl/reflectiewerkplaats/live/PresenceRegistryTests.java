package nl.reflectiewerkplaats.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PresenceRegistryTests {

    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final PresenceRegistry registry = new PresenceRegistry(published::add, Clock.systemUTC(), Duration.ofSeconds(25));

    @Test
    void twoTabsOfOnePersonCountOnceAndLeavingIsAnnounced() {
        Presence anna = new Presence("a1", "Anna", "Begeleider", true);
        Presence bram = new Presence("p1", "Bram", "jeugdarts", false);
        long now = System.currentTimeMillis();
        String tab1 = registry.enter("case", "m1", bram, () -> now);
        String tab2 = registry.enter("case", "m1", bram, () -> now);
        registry.enter("case", "m1", anna, () -> now);
        assertThat(registry.present("m1")).extracting(Presence::displayName).containsExactly("Anna", "Bram");

        registry.leave(tab1);
        assertThat(registry.present("m1")).extracting(Presence::displayName).containsExactly("Anna", "Bram");
        registry.leave(tab2);
        assertThat(registry.present("m1")).extracting(Presence::displayName).containsExactly("Anna");
        assertThat(published).last().isInstanceOfSatisfying(PresenceChanged.class,
                e -> assertThat(e.present()).extracting(Presence::displayName).containsExactly("Anna"));
    }

    @Test
    void aViewWhoseBrowserWentQuietIsSweptOut() {
        AtomicLong lastHeartbeat = new AtomicLong(System.currentTimeMillis());
        registry.enter("case", "m2", new Presence("p2", "Chris", "wijkteam", false), lastHeartbeat::get);
        registry.sweep();
        assertThat(registry.present("m2")).hasSize(1);

        lastHeartbeat.set(System.currentTimeMillis() - Duration.ofSeconds(26).toMillis());
        registry.sweep();
        assertThat(registry.present("m2")).isEmpty();
        assertThat(published).last().isInstanceOfSatisfying(PresenceChanged.class,
                e -> assertThat(e.meetingId()).isEqualTo("m2"));
    }
}
