package nl.reflectiewerkplaats.access;

import java.util.Optional;

/**
 * Where the current request comes from (the client's address), for the access log.
 * Implemented by the web layer so that this module knows nothing of Vaadin.
 */
public interface RequestOrigin {

    Optional<String> currentAddress();
}
