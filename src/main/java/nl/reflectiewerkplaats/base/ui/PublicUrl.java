package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The address others use to reach this app, for links that are shared (invites). */
public final class PublicUrl {

    private PublicUrl() {
    }

    /**
     * The configured public address, or else the one the current request came in on.
     *
     * @param configured {@code reflectiewerkplaats.public-url}, may be empty
     */
    public static String base(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
