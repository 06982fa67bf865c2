package nl.reflectiewerkplaats.instrument.ui;

import com.vaadin.flow.component.Component;
import nl.reflectiewerkplaats.access.Actor;

/**
 * The "Geschiedenis" button an instrument with kept history (the timeline, the geno-sociogram)
 * puts in its toolbar: it opens the recent changes with undo, and for the facilitator the
 * restore to an earlier meeting. The {@code history} module provides the one bean.
 */
public interface HistoryAffordance {

    /**
     * @param area      the instrument's history area, e.g. "timeline"
     * @param moderator whether the person leads (undo any change, restore)
     * @return the button; an invisible one for who may not change the instrument (a watcher)
     */
    Component button(Actor actor, String caseId, String area, boolean moderator);
}
