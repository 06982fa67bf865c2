package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.AuthoredCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something that happened to a person (died, moved, lost work, illness, broken
 * contact), dated. When also placed on the case's timeline it holds that event's id:
 * linked, not copied.
 */
@Getter
@ExportRule
@Document("genogram_events")
public class LifeEvent extends AuthoredCaseDocument {

    public static final int TEXT_MAX_LENGTH = 200;

    @Indexed
    private String personId;
    private LifeEventKind kind;
    private LocalDate date;
    private String text;
    /** The linked event on the case's timeline, or null when it is not placed there. */
    private String timelineEventId;

    protected LifeEvent() {
    }

    LifeEvent(String caseId, String personId, LifeEventKind kind, LocalDate date, String text, String authorId,
              Instant createdAt) {
        super(caseId, authorId, null, createdAt);
        this.personId = personId;
        this.kind = kind;
        this.date = date;
        this.text = text;
    }

    public String getText() {
        return text == null ? "" : text;
    }

    void linkToTimeline(String eventId) {
        this.timelineEventId = eventId;
    }
}
