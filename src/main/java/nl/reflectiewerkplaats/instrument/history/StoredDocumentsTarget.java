package nl.reflectiewerkplaats.instrument.history;

import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The usual {@link HistoryTarget}: each document type lives in one collection; a kept state is
 * put back with {@link StoredStates#put} (the version check), only for documents of the case
 * named, and the instrument then tells every view through its own live event.
 */
public abstract class StoredDocumentsTarget implements HistoryTarget {

    /** What putting a state back did to the document. */
    public enum Outcome {
        ADDED, UPDATED, REMOVED
    }

    private final MongoTemplate mongo;
    private final Map<String, String> collections;

    /** @param collections the collection of each document type this target puts back */
    protected StoredDocumentsTarget(MongoTemplate mongo, Map<String, String> collections) {
        this.mongo = mongo;
        this.collections = Map.copyOf(collections);
    }

    @Override
    public boolean handles(String documentType) {
        return collections.containsKey(documentType);
    }

    @Override
    public @Nullable Document reapply(Actor actor, String caseId, String documentType, @Nullable Document expected,
                                      @Nullable Document state) {
        for (Document d : new Document[] {expected, state}) {
            if (d != null && !caseId.equals(d.getString("caseId"))) {
                throw new InvalidInputException(StoredStates.CHANGED_SINCE);
            }
        }
        String collection = collections.get(documentType);
        Document now = expected == null ? null : StoredStates.current(mongo, collection, expected.get("_id"));
        Document stored = StoredStates.put(mongo, collection, expected, prepare(documentType, now, state));
        Document shown = stored != null ? stored : expected;
        if (shown != null) {
            published(caseId, documentType, stored == null ? Outcome.REMOVED
                    : expected == null ? Outcome.ADDED : Outcome.UPDATED, shown);
        }
        return stored;
    }

    /**
     * The state to write, from the kept one; by default the kept one itself. An instrument may
     * keep what is not history (e.g. a person's place) from the document as stored now, or refuse.
     *
     * @param now   the document as stored now, or null when it is absent
     * @param state the kept state to put back, or null to remove the document
     */
    protected @Nullable Document prepare(String documentType, @Nullable Document now, @Nullable Document state) {
        return state;
    }

    /** Tells every open view of the case, through the instrument's own live event. */
    protected abstract void published(String caseId, String documentType, Outcome outcome, Document shown);

    protected MongoTemplate mongo() {
        return mongo;
    }
}
