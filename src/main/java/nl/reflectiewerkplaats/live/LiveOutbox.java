package nl.reflectiewerkplaats.live;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The collection through which case events travel between app nodes
 * ({@link ChangeStreamRelay}). Its entries are transport, not case content: they live a
 * few minutes, are removed with the case (they carry its {@code caseId}), and never go
 * into an export (an entry may hold a private answer on its way to the nodes that decide
 * who sees it).
 */
public final class LiveOutbox {

    public static final String COLLECTION = "live_outbox";
    private static final Logger log = LoggerFactory.getLogger(LiveOutbox.class);
    private static final String OWN_PACKAGE = "nl.reflectiewerkplaats.";

    private LiveOutbox() {
    }

    /** The event of an outbox entry, or null if it names no case event of this product. */
    static @Nullable CaseEvent read(MongoConverter converter, Document entry) {
        String type = entry.getString("type");
        Object body = entry.get("event");
        if (type == null || !type.startsWith(OWN_PACKAGE) || !(body instanceof Document document)) {
            return null;
        }
        try {
            Class<?> cls = Class.forName(type, false, LiveOutbox.class.getClassLoader());
            if (!CaseEvent.class.isAssignableFrom(cls)) {
                return null;
            }
            return (CaseEvent) converter.read(cls, document);
        } catch (ClassNotFoundException | RuntimeException e) {
            // another version of the app, or an event this node cannot read: its views reload on their next read
            log.warn("Live-update van een andere node niet te lezen ({}): {}", type, e.getMessage());
            return null;
        }
    }
}
