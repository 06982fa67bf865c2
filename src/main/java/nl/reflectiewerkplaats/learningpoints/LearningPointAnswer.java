package nl.reflectiewerkplaats.learningpoints;

import java.time.Instant;
import java.time.LocalDate;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The group's answer to one leerpunt in one meeting: one per meeting and point, so each meeting's
 * answers are kept beside the earlier ones. The meeting's title and date are copied in, so the
 * history reads without asking for the meetings.
 */
@ExportRule
@Document("learning_point_answers")
@CompoundIndex(name = "meeting_point", def = "{'meetingId': 1, 'pointId': 1}", unique = true)
public class LearningPointAnswer extends VersionedCaseDocument {

    public static final int NOTE_MAX_LENGTH = 500;

    private String meetingId;
    private String meetingTitle;
    private LocalDate meetingDate;
    private String pointId;
    private @Nullable Answer answer;
    private String note = "";
    private String byId;
    private String byName;
    private Instant at;

    protected LearningPointAnswer() {
    }

    LearningPointAnswer(String caseId, String meetingId, String meetingTitle, LocalDate meetingDate, String pointId) {
        super(caseId);
        this.meetingId = meetingId;
        this.meetingTitle = meetingTitle;
        this.meetingDate = meetingDate;
        this.pointId = pointId;
    }

    void answer(@Nullable Answer answer, String note, String byId, String byName, Instant at) {
        this.answer = answer;
        this.note = note;
        this.byId = byId;
        this.byName = byName;
        this.at = at;
    }

    public PointAnswer view() {
        return new PointAnswer(meetingId, meetingTitle, meetingDate, pointId, answer, note == null ? "" : note,
                byName, at);
    }
}
