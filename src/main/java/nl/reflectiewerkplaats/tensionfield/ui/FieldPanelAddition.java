package nl.reflectiewerkplaats.tensionfield.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.round.Round;

/**
 * What another module adds to the spanningsveld panel for one viewer, under the line
 * (e.g. one's own place chosen at home, and answers shared with the group). Registered
 * as a bean; the panel knows none of them by name and asks each again whenever it shows
 * a round.
 */
public interface FieldPanelAddition {

    /** A part for this viewer (in this meeting) in this round on this field, or none. */
    Optional<Component> create(SessionContext context, Round round, TensionField field);
}
