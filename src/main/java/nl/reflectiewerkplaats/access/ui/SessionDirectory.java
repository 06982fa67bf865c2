package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Which browser sessions belong to which account, so that disabling an account ends
 * them at once; and the absolute session time-out: however active, a login lasts at
 * most {@code reflectiewerkplaats.security.absolute-timeout}; and the idle time-out.
 *
 * <p>The idle time-out is {@code reflectiewerkplaats.security.idle-timeout}, exact to the
 * second; the servlet session's own time-out is set to it too (the container rounds it up
 * to whole minutes), which ends the session of a tab that was closed.
 * Vaadin's heartbeats touch the servlet session, so on its own it never expires while a
 * tab is open. Vaadin's {@code closeIdleSessions} is no answer: it closes only Vaadin's
 * session and leaves the servlet session, and with it the Spring Security login, in
 * place, so the browser reloads and is straight back in (seen in
 * {@code SessionTimeoutBrowserTests}). So here, before Vaadin handles any request, a
 * servlet session whose Vaadin session had no user request for the time-out is ended
 * as a whole, using Vaadin's own record of the last user request (heartbeats do not
 * count). {@code vaadin.closeIdleSessions} stays off: at the edge of the time-out it
 * would close Vaadin's half first, at the end of a heartbeat, and leave the login.
 */
@Component
class SessionDirectory implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionDirectory.class);

    /** Marks a session whose account was disabled; any request on it ends it. */
    private static final String ENDED = SessionDirectory.class.getName() + ".ended";
    /** How long an ended session's pages get to receive their way to the login. */
    private static final Executor LATER =
            CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS);

    private final Map<String, Set<VaadinSession>> byUsername = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration absoluteTimeout;
    private final Duration idleTimeout;

    SessionDirectory(Clock clock,
                     @Value("${reflectiewerkplaats.security.absolute-timeout:10h}") Duration absoluteTimeout,
                     @Value("${reflectiewerkplaats.security.idle-timeout:45m}") Duration idleTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
        this.idleTimeout = idleTimeout;
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

    /**
     * Whether no user request reached this browser session's Vaadin session for the
     * time-out. Vaadin notes the time of every request that carries user actions (not
     * heartbeats) in {@link VaadinSession#getLastRequestTimestamp()}; a new Vaadin
     * session starts with the time it was made.
     */
    private static boolean idle(VaadinRequest request, Duration timeout) {
        if (timeout.isZero() || timeout.isNegative() || !(request instanceof VaadinServletRequest servletRequest)) {
            return false;
        }
        HttpSession http = servletRequest.getHttpServletRequest().getSession(false);
        if (http == null) {
            return false;
        }
        Collection<VaadinSession> sessions;
        try {
            sessions = VaadinSession.getAllSessions(http);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        long now = System.currentTimeMillis();
        for (VaadinSession vaadinSession : sessions) {
            vaadinSession.lock();
            try {
                if (now - vaadinSession.getLastRequestTimestamp() >= timeout.toMillis()) {
                    return true;
                }
            } finally {
                vaadinSession.unlock();
            }
        }
        return false;
    }

    /**
     * Ends one browser session of a disabled account. The login is taken away at once
     * (the security context leaves the session, and any request that still comes on it
     * ends it); every open page is told to go to the login; the session as a whole is
     * invalidated a moment later. Not in the same step: the message to the page goes
     * out through the push connection asynchronously, and invalidating closes that
     * connection, which could swallow the message and leave the page where it was
     * until a heartbeat noticed (seen in the full suite on a busy machine).
     */
    private static void end(VaadinSession session) {
        try {
            session.access(() -> {
                WrappedSession wrapped = session.getSession();
                if (wrapped != null) {
                    wrapped.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                    wrapped.setAttribute(ENDED, Boolean.TRUE);
                }
                for (var ui : session.getUIs()) {
                    try {
                        ui.getPage().setLocation("./login");
                        var push = ui.getInternals().getPushConnection();
                        if (push != null && push.isConnected()) {
                            ui.push();
                        }
                    } catch (RuntimeException e) {
                        log.debug("could not tell a page of an ended session", e);
                    }
                }
                if (wrapped != null) {
                    LATER.execute(() -> invalidate(wrapped));
                }
            });
        } catch (RuntimeException e) {
            log.debug("session already gone", e);
        }
    }

    private static void invalidate(WrappedSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            log.debug("session already invalidated");
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor((RequestStartListener) (request, response) -> {
            WrappedSession session = request.getWrappedSession(false);
            if (session == null) {
                return;
            }
            if (Boolean.TRUE.equals(session.getAttribute(ENDED))) {
                invalidate(session);
            } else if (session.getAttribute(SignIn.AUTHENTICATED_AT) instanceof Instant at
                    && at.plus(absoluteTimeout).isBefore(clock.instant())) {
                session.invalidate();
            } else if (idle(request, idleTimeout)) {
                log.info("Ending a session idle for {} s (heartbeats only)", idleTimeout.toSeconds());
                session.invalidate();
            }
        });
    }
}
