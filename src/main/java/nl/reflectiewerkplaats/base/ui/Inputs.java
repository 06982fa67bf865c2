package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.AbstractField;

/**
 * Text fields that take one entry after another: type, "Toevoegen" (or Enter), type the
 * next. After an add the field must be empty again, but the server cannot simply empty
 * it: its answer reaches the browser a moment after the click, and whatever the person
 * typed in that moment would be wiped. So the browser empties the field, and only of the
 * text that was added; the result reaches the server as if the person had emptied the
 * field themselves. (A second click in that moment adds nothing twice: the browser sends
 * the emptied value ahead of the click, see TypeOnAfterAddBrowserTests.)
 */
public final class Inputs {

    /**
     * Runs in the browser on the field's element. The field still holds the added text
     * (perhaps with what was typed after it): only that text goes. The input event is
     * what a keystroke sends (the field, its kept draft ({@link Drafts}) and an eager
     * field's value on the server follow it); the change event is what leaving the field
     * sends (a field that tells the server on change follows that).
     */
    private static final String CLEAR = """
            const input = this.inputElement;
            if (!input || !$0 || !input.value.startsWith($0)) { return false; }
            input.value = input.value.slice($0.length);
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
            return true;""";

    private Inputs() {
    }

    /**
     * Empties {@code field} in the browser after its text was added, keeping anything
     * typed since.
     *
     * @param added the field's value that was added (read on the server when the add began)
     */
    public static void clearAfterAdd(AbstractField<?, String> field, String added) {
        field.getElement().executeJs(CLEAR, added);
    }
}
