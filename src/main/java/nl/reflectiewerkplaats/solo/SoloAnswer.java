package nl.reflectiewerkplaats.solo;

import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One answer, in someone's own words, to one reflection question of a spanningsveld,
 * written alone between meetings. Private to its owner until they share it in a meeting
 * ({@link #isShared}, in {@link #getSharedInMeetingId}); they can take the sharing back
 * while that meeting lasts. Only shared answers are exported.
 */
@ExportRule(sharedField = "shared", secretFields = "ownerKey")
@Document("solo_answers")
@CompoundIndex(name = "invitation_field_question", def = "{'invitationId': 1, 'fieldId': 1, 'question': 1}",
        unique = true)
public class SoloAnswer extends VersionedCaseDocument {

    public static final int TEXT_MAX_LENGTH = 2000;

    @Getter
    private String invitationId;
    @Getter(AccessLevel.PACKAGE)
    private String ownerKey;
    @Getter
    private String ownerName;
    @Getter
    private String fieldId;
    /** The question's place in the spanningsveld's list, from 0. */
    @Getter
    private int question;
    @Getter
    private String text;
    @Getter
    private Instant writtenAt;
    @Getter
    private boolean shared;
    @Getter
    private String sharedInMeetingId;

    protected SoloAnswer() {
    }

    SoloAnswer(String caseId, String invitationId, String ownerKey, String ownerName, String fieldId, int question) {
        super(caseId);
        this.invitationId = invitationId;
        this.ownerKey = ownerKey;
        this.ownerName = ownerName;
        this.fieldId = fieldId;
        this.question = question;
    }

    void write(String text, Instant at) {
        this.text = text;
        this.writtenAt = at;
    }

    void share(boolean shared, String meetingId) {
        this.shared = shared;
        this.sharedInMeetingId = shared ? meetingId : null;
    }
}
