package nl.reflectiewerkplaats.perspective.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/** Earlier rounds of a way in this case, folded away below it and readable later. */
final class EarlierRounds {

    private EarlierRounds() {
    }

    /** @param summary what is folded away, with how many */
    static Div folded(String summary, Component rounds) {
        Details details = new Details(summary, rounds);
        details.addClassName("rw-history");
        return new Div(details);
    }
}
