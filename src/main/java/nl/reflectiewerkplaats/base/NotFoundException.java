package nl.reflectiewerkplaats.base;

/** The thing asked for does not exist (any more), or the actor may not know it exists. */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
