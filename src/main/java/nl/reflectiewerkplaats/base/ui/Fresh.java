package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Marks what someone else just added, so the eye finds it: the element carries the
 * attribute {@code data-fresh} for a few seconds, which the stylesheet shows as a calm
 * highlight. Set and taken away in the browser (never part of the server's state, so a
 * re-attached view does not light up again), and drawn twice in all (on and off) instead
 * of once per frame as an animation would: with 20 or more open views on one machine,
 * every frame counts.
 */
public final class Fresh {

    /** How long an arrival stays highlighted. */
    static final int MILLIS = 3000;

    private static final String MARK = "this.setAttribute('data-fresh', '');"
            + " clearTimeout(this.__rwFresh); this.__rwFresh = setTimeout(() => this.removeAttribute('data-fresh'), $0);";

    private Fresh() {
    }

    public static void mark(Component component) {
        component.getElement().executeJs(MARK, MILLIS);
    }
}
