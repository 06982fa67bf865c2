package nl.reflectiewerkplaats.instrument.ui;

import com.vaadin.flow.component.Component;
import nl.reflectiewerkplaats.instrument.InstrumentKind;
import nl.reflectiewerkplaats.instrument.SessionContext;
import org.springframework.modulith.NamedInterface;

/**
 * An instrument's place in the session view (werkruimte): a Spring bean in the
 * instrument's own {@code ui} package. The view shows every registered one as a tab
 * (the agenda's first, the others under "Meer") and builds the panel only when its tab
 * is first shown.
 */
@NamedInterface("ui")
public interface WorkspaceInstrument extends InstrumentKind {

    /** Builds the instrument's panel for one person's view. */
    Component create(SessionContext context);

    /** The tab's label key; the instrument's name unless a shorter one suits the tab bar. */
    default String tabLabelKey() {
        return labelKey();
    }

    /**
     * Only for whoever leads the meeting (e.g. the private preparation): never built for
     * a participant, always a tab of its own, never an agenda step.
     */
    default boolean moderatorOnly() {
        return false;
    }
}
