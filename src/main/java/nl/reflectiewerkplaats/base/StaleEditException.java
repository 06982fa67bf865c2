package nl.reflectiewerkplaats.base;

/**
 * Someone else changed the item since the editor loaded it. Carries the current
 * stored state so the view can show it next to the text the user typed: nothing is
 * overwritten silently and nothing typed is lost.
 */
public class StaleEditException extends UserFacingException {

    private final transient Object current;

    public StaleEditException(String messageKey, Object current) {
        super(messageKey);
        this.current = current;
    }

    /** The item as it is stored now. */
    @SuppressWarnings("unchecked")
    public <T> T current() {
        return (T) current;
    }
}
