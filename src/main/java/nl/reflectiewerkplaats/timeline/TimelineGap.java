package nl.reflectiewerkplaats.timeline;

import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * "Ontbreekt er iets?": a question mark a participant put at a point in time, for
 * the group to fill later with an event. Once filled it names that event.
 */
@Getter
@ExportRule
@Document("timeline_gaps")
public class TimelineGap extends VersionedCaseDocument {

    public static final int QUESTION_MAX_LENGTH = 300;

    private String meetingId;
    private LocalDate at;
    private String question;
    private String askedById;
    private String askedByName;
    private Instant createdAt;
    /** The event that filled the gap, or null while it is open. */
    private String filledByEventId;

    protected TimelineGap() {
    }

    TimelineGap(String caseId, String meetingId, LocalDate at, String question, String askedById, String askedByName,
                Instant createdAt) {
        super(caseId);
        this.meetingId = meetingId;
        this.at = at;
        this.question = question;
        this.askedById = askedById;
        this.askedByName = askedByName;
        this.createdAt = createdAt;
    }

    public boolean isOpen() {
        return filledByEventId == null;
    }

    /** The gap as it is now, for the views and the live path. */
    public TimelineGapView view() {
        return new TimelineGapView(getId(), getVersion(), at, question, askedByName, filledByEventId);
    }

    void fill(String eventId) {
        this.filledByEventId = eventId;
    }
}
