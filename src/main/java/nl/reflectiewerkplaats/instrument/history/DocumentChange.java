package nl.reflectiewerkplaats.instrument.history;

import org.jspecify.annotations.Nullable;

/**
 * One stored document of a shared instrument, changed: its state before and after, as stored
 * (the entity objects; the journal keeps them as stored documents).
 *
 * @param area         the document's instrument, e.g. "timeline": what a restore puts back at once
 * @param documentType a stable name of the document type, e.g. "timeline.event"
 * @param documentId   the document's id
 * @param before       the document before the change; null when it was added
 * @param after        the document as stored after the change; null when it was removed
 * @param label        a short text for people saying which one (a title, a name); may be empty
 */
public record DocumentChange(String area, String documentType, String documentId, @Nullable Object before,
                             @Nullable Object after, String label) {

    /** Added, changed or removed. */
    public enum Kind {
        ADDED, CHANGED, REMOVED
    }

    public Kind kind() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    public static DocumentChange added(String area, String type, String id, Object after, String label) {
        return new DocumentChange(area, type, id, null, after, label);
    }

    public static DocumentChange changed(String area, String type, String id, Object before, Object after,
                                         String label) {
        return new DocumentChange(area, type, id, before, after, label);
    }

    public static DocumentChange removed(String area, String type, String id, Object before, String label) {
        return new DocumentChange(area, type, id, before, null, label);
    }
}
