package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Cookies the server sets: always HttpOnly (no page script can read them), SameSite=Lax,
 * Secure when the request came over HTTPS (behind a proxy: when the forwarded headers say
 * so). A view asks for a cookie; it is noted in the HTTP session, and the browser is asked
 * at once to fetch {@value #PATH}, a plain request that a servlet filter answers with the
 * noted cookies (Vaadin's own responses to clicks did not carry a cookie to the browser).
 */
@Configuration(proxyBeanMethods = false)
class BrowserCookies {

    static final String PATH = "/sleutel";
    private static final String PENDING = BrowserCookies.class.getName() + ".pending";

    /** A cookie to write (a null value clears it; a null lifetime lasts until the browser closes). */
    private record Pending(String value, Long maxAgeSeconds) implements Serializable {
    }

    static Optional<String> read(String name) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        WrappedSession session = request.getWrappedSession(false);
        if (session != null && session.getAttribute(PENDING) instanceof Map<?, ?> pending && pending.containsKey(name)) {
            return Optional.ofNullable(((Pending) pending.get(name)).value());
        }
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Sets the cookie; a null lifetime makes it last until the browser closes. */
    static void write(String name, String value, Duration lifetime) {
        note(name, new Pending(value, lifetime == null ? null : lifetime.toSeconds()));
    }

    static void clear(String name) {
        note(name, new Pending(null, 0L));
    }

    @SuppressWarnings("unchecked")
    private static void note(String name, Pending cookie) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return;
        }
        WrappedSession session = request.getWrappedSession();
        Map<String, Pending> pending = session.getAttribute(PENDING) instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Pending>) map) : new LinkedHashMap<>();
        pending.put(name, cookie);
        session.setAttribute(PENDING, pending);
        UI ui = UI.getCurrent();
        if (ui != null) {
            // a plain request of the browser's own (not a Vaadin one) picks the cookie up now
            ui.getPage().executeJs("fetch($0, {credentials: 'same-origin', cache: 'no-store'})",
                    PATH.substring(1));
        }
    }

    /** Answers {@value #PATH} with the cookies noted in the session; other requests pass untouched. */
    static final class PendingCookieFilter implements Filter {

        @Override
        @SuppressWarnings("unchecked")
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            if (!PATH.equals(request.getServletPath()) && !PATH.equals(request.getRequestURI())) {
                chain.doFilter(req, res);
                return;
            }
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(PENDING) instanceof Map<?, ?> pending && !pending.isEmpty()) {
                session.removeAttribute(PENDING);
                ((Map<String, Pending>) pending).forEach((name, cookie) -> {
                    Cookie c = new Cookie(name, cookie.value() == null ? "" : cookie.value());
                    c.setHttpOnly(true);
                    c.setSecure(request.isSecure());
                    c.setPath("/");
                    c.setAttribute("SameSite", "Lax");
                    if (cookie.maxAgeSeconds() != null) {
                        c.setMaxAge(cookie.maxAgeSeconds().intValue());
                    }
                    response.addCookie(c);
                });
            }
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    @Bean
    FilterRegistrationBean<PendingCookieFilter> pendingCookieFilter() {
        FilterRegistrationBean<PendingCookieFilter> registration = new FilterRegistrationBean<>(new PendingCookieFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
