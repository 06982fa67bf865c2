package nl.reflectiewerkplaats.instrument.history;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a kept state of one document back into its collection, against the version it must
 * have now: the same optimistic rule as an edit, so an undo never overwrites a change it did not
 * see. For {@link HistoryTarget}s.
 */
public final class StoredStates {

    /** The message when the document changed since the state that was to be put back. */
    public static final String CHANGED_SINCE = "error.history.changedSince";

    private StoredStates() {
    }

    /**
     * @param expected the document as it must be stored now, or null when it must be absent
     * @param state    the state to put back, or null to remove the document
     * @return the stored document afterwards (its version raised), or null when removed
     */
    public static @Nullable Document put(MongoTemplate mongo, String collection, @Nullable Document expected,
                                         @Nullable Document state) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        if (expected == null && state == null) {
            return null;
        }
        if (expected == null) {
            try {
                Document added = new Document(state);
                documents.insertOne(added);
                return added;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new InvalidInputException(CHANGED_SINCE);
                }
                throw e;
            }
        }
        Bson asExpected = Filters.and(Filters.eq("_id", expected.get("_id")),
                Filters.eq("version", expected.get("version")));
        if (state == null) {
            if (documents.deleteOne(asExpected).getDeletedCount() == 0) {
                throw new InvalidInputException(CHANGED_SINCE);
            }
            return null;
        }
        Document written = new Document(state);
        written.put("_id", expected.get("_id"));
        if (expected.containsKey("version")) {
            written.put("version", versionOf(expected) + 1);
        } else {
            written.remove("version");
        }
        if (documents.replaceOne(asExpected, written).getMatchedCount() == 0) {
            throw new InvalidInputException(CHANGED_SINCE);
        }
        return written;
    }

    /** The stored document with this id as it is now, or null. */
    public static @Nullable Document current(MongoTemplate mongo, String collection, Object id) {
        return mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
    }

    private static long versionOf(Document d) {
        return d.get("version") instanceof Number n ? n.longValue() : 0;
    }
}
