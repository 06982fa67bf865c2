package nl.reflectiewerkplaats.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AuthoredCaseDocument} that also keeps who last changed it and when (stored as
 * {@code changedByName} and {@code updatedAt}), e.g. for "sinds de vorige keer". Both are
 * null for documents stored before they were kept.
 */
public abstract class EditedCaseDocument extends AuthoredCaseDocument {

    private @Nullable String changedByName;
    private @Nullable Instant updatedAt;

    protected EditedCaseDocument() {
    }

    protected EditedCaseDocument(String caseId, String authorId, Instant createdAt) {
        super(caseId, authorId, null, createdAt);
    }

    public @Nullable String getChangedByName() {
        return changedByName;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Names who changed it last, and when; the first to do so (or its adder) also as its author. */
    protected void touch(String name, Instant at) {
        nameAuthorIfUnnamed(name);
        this.changedByName = name;
        this.updatedAt = at;
    }
}
