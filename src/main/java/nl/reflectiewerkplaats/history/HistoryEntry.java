package nl.reflectiewerkplaats.history;

import java.time.Instant;
import java.util.List;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import org.jspecify.annotations.Nullable;

/**
 * One change as people see it in the history: who, when, what (one or more documents), and
 * whether the one asking may undo it now.
 *
 * @param restoredTo for a restore: the title of the meeting whose end was put back
 * @param undoable   whether the asking person may undo it now
 * @param changedAfterBy when someone changed one of its documents later: that person's name
 */
public record HistoryEntry(String groupId, Instant at, String actorName, boolean own, ChangeRecord.Operation operation,
                           @Nullable String restoredTo, List<Item> items, boolean undoable,
                           @Nullable String changedAfterBy) {

    public HistoryEntry {
        items = List.copyOf(items);
    }

    /** One document of the change. */
    public record Item(String documentType, DocumentChange.Kind kind, String label) {
    }
}
