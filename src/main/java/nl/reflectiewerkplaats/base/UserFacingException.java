package nl.reflectiewerkplaats.base;

import java.util.Arrays;

/**
 * A failure the user should hear about in plain words. Carries a translation key
 * (see {@code vaadin-i18n/translations.properties}) and its arguments; the view
 * layer turns it into a message in the user's language. Never carries a stack
 * trace to the user.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
