package nl.reflectiewerkplaats.access;

import nl.reflectiewerkplaats.base.UserFacingException;

/** The actor may not do this with this case. */
public class NoAccessException extends UserFacingException {

    public NoAccessException() {
        super("error.noAccess");
    }
}
