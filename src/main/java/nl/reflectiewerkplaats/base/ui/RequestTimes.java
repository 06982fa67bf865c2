package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * How long the server spends handling each Vaadin request: a page load, the start of a
 * view ({@code v-r=init}), a round trip over HTTP and a message over the push
 * connection alike. Vaadin's request interceptor sees all of them (a servlet filter
 * would miss the messages that come over the WebSocket; with {@code @Push} the push
 * connection is one, while a click such as a tab's still goes as an HTTP round trip);
 * static files are not Vaadin requests and do not count.
 *
 * <p>Recorded with Micrometer as the timer {@code vaadin.requests} (tag {@code type}:
 * page, init, uidl, push, heartbeat or other), the long task timer
 * {@code vaadin.requests.active} (the requests still running) and the counter
 * {@code vaadin.requests.busy}: the seconds in which at least one request ran. Requests
 * of one browser overlap (a heartbeat or the push connection waits for the session
 * lock while a round trip holds it), so their durations added up count the same
 * moments twice; the busy time does not. The counter {@code vaadin.requests.cpu} adds up
 * the processor time of the threads that handled them: on a shared machine it moves far
 * less with the load than the durations do (work the request hands to another thread,
 * such as the embedded store's, is not in it). The benchmark reads them through
 * {@code /actuator/metrics}, which it exposes for its own app only.
 *
 * <p>Off unless {@code reflectiewerkplaats.request-times.enabled=true} (the benchmark sets
 * it): it runs on every request, push messages included, and takes one lock shared by all
 * sessions, which nothing in production reads.
 */
@Component
@ConditionalOnProperty(name = "reflectiewerkplaats.request-times.enabled", havingValue = "true")
class RequestTimes implements VaadinServiceInitListener, VaadinRequestInterceptor {

    static final String TIMER = "vaadin.requests";
    static final String ACTIVE = "vaadin.requests.active";
    static final String BUSY = "vaadin.requests.busy";
    static final String CPU = "vaadin.requests.cpu";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Set<String> TYPES = Set.of("init", "uidl", "push", "heartbeat");
    private static final String STARTED = RequestTimes.class.getName() + ".started";
    private static final String RUNNING = RequestTimes.class.getName() + ".running";
    private static final String CPU_START = RequestTimes.class.getName() + ".cpu";

    private final transient MeterRegistry registry;
    private final transient LongTaskTimer active;
    private final Object busyLock = new Object();
    private int running;
    private long busySince;
    private long busyNanos;
    private final LongAdder cpuNanos = new LongAdder();

    RequestTimes(MeterRegistry registry) {
        this.registry = registry;
        this.active = LongTaskTimer.builder(ACTIVE).description("Vaadin requests being handled now")
                .register(registry);
        FunctionCounter.builder(BUSY, this, RequestTimes::busySeconds).baseUnit("seconds")
                .description("Time in which the server handled at least one Vaadin request").register(registry);
        FunctionCounter.builder(CPU, cpuNanos, n -> n.sum() / 1e9).baseUnit("seconds")
                .description("Processor time of the threads that handled Vaadin requests").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        synchronized (busyLock) {
            if (running++ == 0) {
                busySince = System.nanoTime();
            }
        }
        request.setAttribute(RUNNING, active.start());
        request.setAttribute(STARTED, Timer.start(registry));
        request.setAttribute(CPU_START, new long[] {Thread.currentThread().threadId(), THREADS.getCurrentThreadCpuTime()});
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session,
                                Exception exception) {
        // requestEnd follows all the same
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
        if (request.getAttribute(STARTED) instanceof Timer.Sample started) {
            started.stop(Timer.builder(TIMER).description("Time the server spent handling a Vaadin request")
                    .tag("type", typeOf(request)).register(registry));
        }
        if (request.getAttribute(RUNNING) instanceof LongTaskTimer.Sample sample) {
            sample.stop();
            synchronized (busyLock) {
                if (--running == 0) {
                    busyNanos += System.nanoTime() - busySince;
                }
            }
        }
        if (request.getAttribute(CPU_START) instanceof long[] cpu && cpu[0] == Thread.currentThread().threadId()
                && cpu[1] >= 0) {
            cpuNanos.add(Math.max(0, THREADS.getCurrentThreadCpuTime() - cpu[1]));
        }
        request.removeAttribute(STARTED);
        request.removeAttribute(RUNNING);
        request.removeAttribute(CPU_START);
    }

    /** The seconds in which at least one request ran, up to now. */
    double busySeconds() {
        synchronized (busyLock) {
            return (busyNanos + (running > 0 ? System.nanoTime() - busySince : 0)) / 1e9;
        }
    }

    /** What kind of Vaadin request it is (a few fixed values, so the tag stays small). */
    static String typeOf(VaadinRequest request) {
        String type = request.getParameter("v-r");
        if (type == null) {
            return "page";
        }
        return TYPES.contains(type) ? type : "other";
    }
}
