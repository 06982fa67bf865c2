package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What someone typed in a form that went away before they saved it (a round revealed or
 * stopped while they were writing): shown to them alone, read from their own tab
 * ({@link Drafts}), with what happened and a way to let it go. Hidden while there is nothing.
 */
public final class UnsentTexts extends Div {

    private final List<String> keys = new ArrayList<>();
    private final Div items = new Div();

    /** @param message says what happened to the form, e.g. "the answers were revealed before you saved this" */
    public UnsentTexts(String message) {
        addClassName("rw-unsent");
        setVisible(false);
        Paragraph what = new Paragraph(message);
        what.addClassName("rw-unsent-message");
        items.addClassName("rw-unsent-items");
        Button discard = new Button(getTranslation("draft.unsent.discard"), e -> {
            keys.forEach(key -> Drafts.forget(this, key));
            removeFromParent();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(what, items, discard);
    }

    /**
     * Shows the text kept of one field of the gone form, if it is not what was saved.
     *
     * @param host  an attached component of the view
     * @param key   the field's key in {@link Drafts#keep}
     * @param label the field's label
     * @param saved what was saved of it ("" if nothing)
     */
    public void check(Component host, String key, String label, String saved) {
        Drafts.ifUnsent(host, key, saved, text -> {
            keys.add(key);
            Span name = new Span(label);
            name.addClassName("rw-label");
            Paragraph kept = new Paragraph(text);
            kept.addClassName("rw-unsent-text");
            items.add(new Div(name, kept));
            setVisible(true);
        });
    }
}
