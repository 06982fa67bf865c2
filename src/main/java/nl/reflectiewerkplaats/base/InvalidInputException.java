package nl.reflectiewerkplaats.base;

/** Input that breaks one of the model's limits (empty, too long, malformed). */
public class InvalidInputException extends UserFacingException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
