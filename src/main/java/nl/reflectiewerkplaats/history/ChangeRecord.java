package nl.reflectiewerkplaats.history;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;

/**
 * One changed document of a case's shared instrument: who, when, in which meeting, what; the
 * document's stored states before and after are kept beside it in a {@link ChangeState} (so that
 * reading the list of changes never reads the states). Not a copy of the case. The records of one change
 * (e.g. a person removed with their lines, or a whole restore) share a {@link #getGroupId() group}.
 */
@Getter
@ExportRule
@org.springframework.data.mongodb.core.mapping.Document(ChangeRecord.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "case_at", def = "{'caseId': 1, 'at': 1}"),
        @CompoundIndex(name = "case_document", def = "{'caseId': 1, 'documentId': 1, 'at': 1}"),
        @CompoundIndex(name = "case_group", def = "{'caseId': 1, 'groupId': 1}")
})
public class ChangeRecord {

    public static final String COLLECTION = "case_history";

    /** What kind of step a group is: an ordinary change, an undo of a group, or a restore. */
    public enum Operation {
        CHANGE, UNDO, RESTORE
    }

    /** The group's id and the place in it ("group:seq"), so a group is read by id. */
    @Id
    private String id;
    @Indexed
    private String caseId;
    private @Nullable String meetingId;
    private String groupId;
    /** Order within the group. */
    private int seq;
    private Operation operation;
    private @Nullable String actorId;
    private String actorName;
    private Instant at;
    private String area;
    private String documentType;
    private String documentId;
    private DocumentChange.Kind kind;
    /** The id of the {@link ChangeState} holding the document's states before and after. */
    private String stateId;
    private String label;
    /** For an undo: the group it undid. */
    private @Nullable String undoneGroupId;
    /** For a restore: the title of the meeting whose end was restored. */
    private @Nullable String restoredTo;

    protected ChangeRecord() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    ChangeRecord(String caseId, @Nullable String meetingId, String groupId, int seq, Operation operation,
                 @Nullable String actorId, String actorName, Instant at, String area, String documentType,
                 String documentId, DocumentChange.Kind kind, String stateId, String label) {
        this.id = id(groupId, seq);
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.groupId = groupId;
        this.seq = seq;
        this.operation = operation;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.area = area;
        this.documentType = documentType;
        this.documentId = documentId;
        this.kind = kind;
        this.stateId = stateId;
        this.label = label;
    }

    static String id(String groupId, int seq) {
        return groupId + ":" + seq;
    }

    ChangeRecord undoOf(String groupId) {
        this.undoneGroupId = groupId;
        return this;
    }

    ChangeRecord restoring(String meetingTitle) {
        this.restoredTo = meetingTitle;
        return this;
    }
}
