package nl.reflectiewerkplaats.timeline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.ui.TimelineCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A case with 1,000 events: how long the store takes to load them, the JSON the
 * picture receives, and the whole timeline page on the server. Prints the figures;
 * asserts only that everything is shown.
 */
@StoreTest
class TimelineBenchmark {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TimelineService timeline;

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    @Test
    void aCaseWithAThousandEventsOpens() {
        Actor.Facilitator facilitator = data.facilitator();
        Case theCase = data.newCase(facilitator);
        long t0 = System.nanoTime();
        TimelineSamples.addEvents(timeline, facilitator, theCase.getId(), 1000, 42);
        long generated = System.nanoTime();

        // warm up once (class loading, JIT), then measure
        timeline.events(facilitator, theCase.getId());
        long load0 = System.nanoTime();
        List<TimelineEvent> events = timeline.events(facilitator, theCase.getId());
        long load1 = System.nanoTime();
        String json = new TimelineCanvas(new NoListener()).payload(events);
        long json1 = System.nanoTime();

        KaribuSupport.setUp(context);
        KaribuSupport.login(data.usernameOf(facilitator));
        UI.getCurrent().navigate("casussen/" + theCase.getId() + "/tijdlijn");
        KaribuSupport.tearDown();
        KaribuSupport.setUp(context);
        KaribuSupport.login(data.usernameOf(facilitator));
        long page0 = System.nanoTime();
        UI.getCurrent().navigate("casussen/" + theCase.getId() + "/tijdlijn");
        _get(Details.class, s -> s.withClasses("rw-timeline-list-details")).setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<TimelineEvent> grid = _get(Grid.class, s -> s.withClasses("rw-timeline-list"));
        int shown = GridKt._size(grid);
        long page1 = System.nanoTime();

        System.out.printf("TimelineBenchmark: 1000 events generated in %d ms; loaded from the store in %.1f ms; "
                        + "picture JSON %d kB built in %.1f ms; timeline page opened on the server in %.1f ms%n",
                (generated - t0) / 1_000_000, (load1 - load0) / 1e6, json.length() / 1024, (json1 - load1) / 1e6,
                (page1 - page0) / 1e6);
        assertThat(events).hasSize(1000);
        assertThat(shown).isEqualTo(1000);
        assertThat(json).contains("\"kind\":\"EXPERIENCE\"");
    }

    private static final class NoListener implements TimelineCanvas.Listener {
        @Override
        public void open(String eventId) {
        }

        @Override
        public void move(String eventId, long version, String isoDate) {
        }

        @Override
        public void span(String fromIso, String toIso) {
        }

        @Override
        public void gap(String isoDate) {
        }

        @Override
        public void openGap(String gapId) {
        }

        @Override
        public void openPeriod(String periodId) {
        }
    }
}
