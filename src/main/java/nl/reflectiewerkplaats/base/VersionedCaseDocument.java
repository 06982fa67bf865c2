package nl.reflectiewerkplaats.base;

import org.springframework.data.annotation.Version;

/**
 * A case document with a version for optimistic editing (stored as {@code version}):
 * an edit names the version it started from, and a save over a newer version fails
 * (see {@link Stored}).
 *
 * <p>Only for types that were versioned from the start: a document stored without a
 * version would load with none and be inserted again on its next save.
 */
public abstract class VersionedCaseDocument extends CaseDocument {

    @Version
    private Long version;

    protected VersionedCaseDocument() {
    }

    protected VersionedCaseDocument(String caseId) {
        super(caseId);
    }

    /** Version for optimistic editing: 0 before the first save. */
    public long getVersion() {
        return version == null ? 0 : version;
    }
}
