package nl.reflectiewerkplaats.base;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * A stored document that belongs to one case: its id and the case's id (stored as
 * {@code _id} and {@code caseId}, as before this class existed). Whole-case export
 * and erasure find a case's documents by {@code caseId}. Documents edited by more
 * than one person at once extend {@link VersionedCaseDocument}.
 *
 * <p>The {@code caseId} index is plain (not unique): a type with another index on
 * {@code caseId} (a timeline, one per case) keeps its own fields, as an index of the
 * same name with other options would not build on a store that has the old one.
 */
public abstract class CaseDocument {

    @Id
    private String id;
    @Indexed
    private String caseId;

    protected CaseDocument() {
    }

    protected CaseDocument(String caseId) {
        this.caseId = caseId;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }
}
