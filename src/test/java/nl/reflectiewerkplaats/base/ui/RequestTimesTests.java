package nl.reflectiewerkplaats.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the server-time figures of the benchmark rest on: every Vaadin request is timed
 * under its type, and one still running counts as active until it ends.
 */
class RequestTimesTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RequestTimes times = new RequestTimes(registry);
    private final VaadinResponse response = mock(VaadinResponse.class);

    /** A request with the given {@code v-r} parameter (null: a page load) and working attributes. */
    private static VaadinRequest request(String type) {
        VaadinRequest request = mock(VaadinRequest.class);
        Map<String, Object> attributes = new HashMap<>();
        when(request.getParameter("v-r")).thenReturn(type);
        doAnswer(a -> attributes.put(a.getArgument(0), a.getArgument(1))).when(request)
                .setAttribute(anyString(), any());
        doAnswer(a -> attributes.get(a.<String>getArgument(0))).when(request).getAttribute(anyString());
        doAnswer(a -> attributes.remove(a.<String>getArgument(0))).when(request).removeAttribute(anyString());
        return request;
    }

    @Test
    void eachRequestIsTimedUnderItsTypeAndIsActiveUntilItEnds() throws InterruptedException {
        VaadinRequest push = request("push");
        times.requestStart(push, response);
        Thread.sleep(20); // the handling itself
        assertThat(registry.get(RequestTimes.ACTIVE).longTaskTimer().activeTasks()).isEqualTo(1);
        times.requestEnd(push, response, null);
        VaadinRequest page = request(null);
        times.requestStart(page, response);
        times.requestEnd(page, response, null);
        VaadinRequest unknown = request("something-new");
        times.requestStart(unknown, response);
        times.requestEnd(unknown, response, null);

        assertThat(registry.get(RequestTimes.ACTIVE).longTaskTimer().activeTasks()).isZero();
        assertThat(registry.get(RequestTimes.TIMER).tag("type", "push").timer().count()).isEqualTo(1);
        assertThat(registry.get(RequestTimes.TIMER).tag("type", "push").timer().totalTime(TimeUnit.MILLISECONDS))
                .isGreaterThanOrEqualTo(20);
        assertThat(registry.get(RequestTimes.TIMER).tag("type", "page").timer().count()).isEqualTo(1);
        assertThat(registry.get(RequestTimes.TIMER).tag("type", "other").timer().count()).isEqualTo(1);
        assertThat(registry.get(RequestTimes.TIMER).timers()).hasSize(3);
    }

    @Test
    void overlappingRequestsCountTheirCommonTimeOnceAsBusy() throws InterruptedException {
        VaadinRequest uidl = request("uidl");
        VaadinRequest heartbeat = request("heartbeat");
        long start = System.nanoTime();
        times.requestStart(uidl, response);
        times.requestStart(heartbeat, response); // waits for the session lock meanwhile
        Thread.sleep(30);
        times.requestEnd(uidl, response, null);
        times.requestEnd(heartbeat, response, null);
        double handling = (System.nanoTime() - start) / 1e6;
        Thread.sleep(30); // idle: not busy

        double sum = registry.get(RequestTimes.TIMER).timers().stream()
                .mapToDouble(t -> t.totalTime(TimeUnit.MILLISECONDS)).sum();
        double busy = registry.get(RequestTimes.BUSY).functionCounter().count() * 1000;
        assertThat(busy).isGreaterThanOrEqualTo(30).isLessThanOrEqualTo(handling).isLessThan(sum);
    }

    @Test
    void theProcessorTimeOfTheHandlingThreadIsCounted() {
        VaadinRequest uidl = request("uidl");
        times.requestStart(uidl, response);
        long spin = System.nanoTime() + 50_000_000;
        double x = 0;
        while (System.nanoTime() < spin) {
            x += Math.sqrt(x + 1); // work, not waiting
        }
        times.requestEnd(uidl, response, null);

        assertThat(x).isPositive();
        assertThat(registry.get(RequestTimes.CPU).functionCounter().count()).isPositive().isLessThan(1.0);
    }

    @Test
    void aRequestThatEndsWithoutHavingStartedIsNotCounted() {
        times.requestEnd(request("uidl"), response, null);

        assertThat(registry.find(RequestTimes.TIMER).timers()).isEmpty();
        assertThat(registry.get(RequestTimes.BUSY).functionCounter().count()).isZero();
        assertThat(registry.get(RequestTimes.CPU).functionCounter().count()).isZero();
    }
}
