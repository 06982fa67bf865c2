package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The calm block shown where there is nothing yet (no round open, no meeting planned): a title and a line. */
public final class EmptyState {

    private EmptyState() {
    }

    /** The block with the texts of two message keys, in the language of {@code context}'s page. */
    public static Div of(Component context, String titleKey, String textKey) {
        Div empty = new Div(new Span(context.getTranslation(titleKey)), new Paragraph(context.getTranslation(textKey)));
        empty.addClassName("rw-empty");
        return empty;
    }
}
