package nl.reflectiewerkplaats.instrument.history;

import nl.reflectiewerkplaats.access.Actor;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * An instrument's way to put one of its documents back in a kept state (for an undo or a
 * restore): it writes the state back or removes the document, only if the document is still as
 * {@code expected} says (else a {@link nl.reflectiewerkplaats.base.StaleEditException} or an
 * {@link nl.reflectiewerkplaats.base.InvalidInputException}, nothing written), and then tells every
 * open view through its own live events. Every instrument module registers one bean.
 */
public interface HistoryTarget {

    /** Whether this target puts back documents of this type (e.g. "timeline.event"). */
    boolean handles(String documentType);

    /**
     * Checks that the actor may change this instrument now, beyond the case access the
     * history already checked (e.g. the facilitator locked the timeline).
     */
    default void checkWrite(Actor actor, String caseId) {
    }

    /**
     * Puts the document in {@code state}: written back, added again, or removed (state null).
     *
     * @param expected the document as it must be stored now (null: it must be absent)
     * @return the document as stored afterwards, or null when it was removed
     */
    @Nullable Document reapply(Actor actor, String caseId, String documentType, @Nullable Document expected,
                               @Nullable Document state);
}
