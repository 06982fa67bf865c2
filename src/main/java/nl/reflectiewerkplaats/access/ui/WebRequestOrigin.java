package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import nl.reflectiewerkplaats.access.RequestOrigin;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for the access log. During a request it is the request's
 * remote address (the real client's behind a proxy when
 * {@code server.forward-headers-strategy} is set); for work done later on behalf of
 * a browser session (a live update applied in {@code UI.access}) it is the address
 * of that session's latest request.
 */
@Component
class WebRequestOrigin implements RequestOrigin, VaadinServiceInitListener {

    private static final String ATTRIBUTE = WebRequestOrigin.class.getName() + ".address";

    @Override
    public Optional<String> currentAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            return Optional.ofNullable(request.getRemoteAddr());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null
                && session.getSession().getAttribute(ATTRIBUTE) instanceof String address) {
            return Optional.of(address);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor((RequestStartListener) (request, response) -> {
            WrappedSession session = request.getWrappedSession(false);
            if (session != null && request.getRemoteAddr() != null) {
                session.setAttribute(ATTRIBUTE, request.getRemoteAddr());
            }
        });
    }
}
