package nl.reflectiewerkplaats.instrument.history;

import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Where an instrument tells what it changed in a case's shared documents, after storing it, so
 * the change is kept as a version (who, when, what) and can be undone. Only shared documents go
 * here: never a private answer.
 */
public interface ChangeJournal {

    /**
     * Keeps one change: several documents changed together (a person removed with their lines)
     * are one change, undone together.
     *
     * @param meetingId the meeting it happened in, when known (a participant's own meeting otherwise)
     */
    void record(@Nullable Actor actor, String caseId, @Nullable String meetingId, List<DocumentChange> changes);

    /** The entity as it is stored now: its state before a change that edits it in place. */
    Document snapshot(Object entity);

    default void record(@Nullable Actor actor, String caseId, @Nullable String meetingId, DocumentChange change) {
        record(actor, caseId, meetingId, List.of(change));
    }
}
