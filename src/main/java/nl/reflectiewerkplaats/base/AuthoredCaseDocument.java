package nl.reflectiewerkplaats.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A versioned case document that someone added: by whom (their id, and the name shown)
 * and when, stored as {@code authorId}, {@code authorName} and {@code createdAt}, as
 * before this class existed. Services check "own or moderate" against {@link #getAuthorId()}.
 */
public abstract class AuthoredCaseDocument extends VersionedCaseDocument {

    private String authorId;
    /** Null for documents stored before the name was kept (and for types that keep none). */
    private @Nullable String authorName;
    private Instant createdAt;

    protected AuthoredCaseDocument() {
    }

    protected AuthoredCaseDocument(String caseId, String authorId, @Nullable String authorName, Instant createdAt) {
        super(caseId);
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public String getAuthorId() {
        return authorId;
    }

    public @Nullable String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Names the author of a document stored before the name was kept. */
    protected void nameAuthorIfUnnamed(String name) {
        if (authorName == null) {
            this.authorName = name;
        }
    }
}
