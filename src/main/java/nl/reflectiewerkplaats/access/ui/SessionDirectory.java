package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.reflectiewerkplaats.access.AccountDisabled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which browser sessions belong to which account, so that disabling an account ends
 * them at once; and the absolute session time-out: however active, a login lasts at
 * most {@code reflectiewerkplaats.security.absolute-timeout} (the idle time-out is
 * the servlet session's, with Vaadin's {@code closeIdleSessions} so heartbeats do
 * not count as activity).
 */
@Component
class SessionDirectory implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionDirectory.class);

    private final Map<String, Set<VaadinSession>> byUsername = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration absoluteTimeout;

    SessionDirectory(Clock clock,
                     @Value("${reflectiewerkplaats.security.absolute-timeout:10h}") Duration absoluteTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    void register(String username, VaadinSession session) {
        byUsername.computeIfAbsent(username, u -> Collections.synchronizedSet(
                Collections.newSetFromMap(new WeakHashMap<>()))).add(session);
    }

    @EventListener
    void accountDisabled(AccountDisabled event) {
        Set<VaadinSession> sessions = byUsername.remove(event.username());
        if (sessions == null) {
            return;
        }
        synchronized (sessions) {
            for (VaadinSession session : sessions) {
                end(session);
            }
        }
    }

    private static void end(VaadinSession session) {
        try {
            session.access(() -> {
                session.getUIs().forEach(ui -> ui.getPage().setLocation("./login"));
                WrappedSession wrapped = session.getSession();
                if (wrapped != null) {
                    wrapped.invalidate();
                }
            });
        } catch (RuntimeException e) {
            log.debug("session already gone", e);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                WrappedSession session = request.getWrappedSession(false);
                if (session != null && session.getAttribute(SignIn.AUTHENTICATED_AT) instanceof Instant at
                        && at.plus(absoluteTimeout).isBefore(clock.instant())) {
                    session.invalidate();
                }
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception e) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            }
        });
    }
}
