package nl.reflectiewerkplaats.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The head of a case's history, read by its id: how many changes are kept and, per instrument,
 * a summary of the newest changes (who, when, what). The "Geschiedenis" list and an undo read
 * this one document, however long the history grows; the records themselves are read by id.
 */
@Getter
@ExportRule
@Document("case_history_heads")
public class HistoryHead {

    /** How many changes per instrument the head keeps (the list shows these). */
    static final int KEPT = 40;

    @Id
    private String id;
    @Indexed
    private String caseId;
    private long count;
    /** Per area ("timeline"), the newest changes first. */
    private Map<String, List<GroupSummary>> recent = new HashMap<>();
    @Version
    private Long version;

    protected HistoryHead() {
    }

    HistoryHead(String caseId) {
        this.id = idOf(caseId);
        this.caseId = caseId;
    }

    static String idOf(String caseId) {
        return "history-" + caseId;
    }

    /** One change as the list shows it. */
    public record GroupSummary(String groupId, Instant at, @Nullable String actorId, String actorName,
                               ChangeRecord.Operation operation, @Nullable String restoredTo, List<ItemSummary> items) {
    }

    /** One document of a change. */
    public record ItemSummary(String documentId, String documentType, DocumentChange.Kind kind, String label) {
    }

    /** Adds a change (its records, in order) in front of its area's list, keeping the newest {@value #KEPT}. */
    void add(List<ChangeRecord> group) {
        ChangeRecord first = group.getFirst();
        List<GroupSummary> list = new ArrayList<>(recent.getOrDefault(first.getArea(), List.of()));
        list.addFirst(new GroupSummary(first.getGroupId(), first.getAt(), first.getActorId(), first.getActorName(),
                first.getOperation(), first.getRestoredTo(), group.stream().map(r -> new ItemSummary(r.getDocumentId(),
                r.getDocumentType(), r.getKind(), r.getLabel())).toList()));
        recent.put(first.getArea(), List.copyOf(list.subList(0, Math.min(KEPT, list.size()))));
        count += group.size();
    }

    /** The area's newest changes, newest first. */
    List<GroupSummary> recent(String area) {
        return recent.getOrDefault(area, List.of());
    }
}
