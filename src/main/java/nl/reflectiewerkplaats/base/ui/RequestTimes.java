package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How long the server spends handling each Vaadin request: a page load, the start of a
 * view ({@code v-r=init}), a round trip over HTTP and a message over the push
 * connection alike. Vaadin's request interceptor sees all of them (a servlet filter
 * would miss what arrives over the WebSocket, where a tab click goes with {@code @Push});
 * static files are not Vaadin requests and do not count.
 *
 * <p>Recorded with Micrometer as the timer {@code vaadin.requests} (tag {@code type}:
 * page, init, uidl, push, heartbeat or other) and the long task timer
 * {@code vaadin.requests.active} (the requests still running). An operator reads them
 * wherever metrics are exported; the benchmark reads them through
 * {@code /actuator/metrics}, which it exposes for its own app only.
 */
@Component
class RequestTimes implements VaadinServiceInitListener, VaadinRequestInterceptor {

    static final String TIMER = "vaadin.requests";
    static final String ACTIVE = "vaadin.requests.active";
    private static final Set<String> TYPES = Set.of("init", "uidl", "push", "heartbeat");
    private static final String STARTED = RequestTimes.class.getName() + ".started";
    private static final String RUNNING = RequestTimes.class.getName() + ".running";

    private final transient MeterRegistry registry;
    private final transient LongTaskTimer active;

    RequestTimes(MeterRegistry registry) {
        this.registry = registry;
        this.active = LongTaskTimer.builder(ACTIVE).description("Vaadin requests being handled now")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        request.setAttribute(RUNNING, active.start());
        request.setAttribute(STARTED, Timer.start(registry));
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
        if (request.getAttribute(RUNNING) instanceof LongTaskTimer.Sample running) {
            running.stop();
        }
        request.removeAttribute(STARTED);
        request.removeAttribute(RUNNING);
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
