package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasHelper;
import org.jspecify.annotations.Nullable;

/**
 * A text field that others' changes reach live, without ever writing over what the person
 * is typing in it. The field sends its text when they leave it, so while they are in it
 * (it has the focus) the server cannot see what they type: a change from elsewhere is then
 * shown beneath it (helper text), not put in it, and goes in when they leave without
 * having typed. Outside the field, a change from elsewhere goes in where they have not
 * changed the text themselves.
 */
public final class LiveText<F extends AbstractField<?, String> & HasHelper & FocusNotifier<?> & BlurNotifier<?>> {

    private final F field;
    private String stored;
    private @Nullable String atFocus;

    private LiveText(F field, String stored) {
        this.field = field;
        this.stored = stored;
        field.addFocusListener(e -> atFocus = field.getValue());
        // leaving the field sends its text first (its change, and the save), then this
        field.addBlurListener(e -> left());
    }

    /** Follows {@code field}, which shows {@code stored} now. */
    public static <F extends AbstractField<?, String> & HasHelper & FocusNotifier<?> & BlurNotifier<?>> LiveText<F> follow(
            F field, String stored) {
        return new LiveText<>(field, stored);
    }

    /** The text this person saved from the field (or was given back after a refused save). */
    public void saved(String text) {
        stored = text;
    }

    /**
     * A text stored elsewhere (by someone else, another tab).
     *
     * @param notice what the field shows beneath it when the person is in it, e.g. who wrote what
     */
    public void changedElsewhere(String text, String notice) {
        if (text.equals(stored)) {
            return;
        }
        if (atFocus != null) {
            field.setHelperText(notice);
        } else if (field.getValue().equals(stored)) {
            field.setValue(text);
        }
        stored = text;
    }

    private void left() {
        String before = atFocus;
        atFocus = null;
        field.setHelperText(null);
        if (before != null && field.getValue().equals(before) && !stored.equals(before)) {
            field.setValue(stored);
        }
    }
}
