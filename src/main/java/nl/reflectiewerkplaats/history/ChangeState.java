package nl.reflectiewerkplaats.history;

import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * The states of one changed document, as stored, before and after a {@link ChangeRecord}: what an
 * undo or a restore puts back. Read only by id, for an undo or a restore.
 */
@Getter
@ExportRule
@org.springframework.data.mongodb.core.mapping.Document(ChangeState.COLLECTION)
public class ChangeState {

    public static final String COLLECTION = "case_history_states";

    @Id
    private String id;
    @Indexed
    private String caseId;
    private @Nullable Document before;
    private @Nullable Document after;

    protected ChangeState() {
    }

    ChangeState(String id, String caseId, @Nullable Document before, @Nullable Document after) {
        this.id = id;
        this.caseId = caseId;
        this.before = before;
        this.after = after;
    }
}
