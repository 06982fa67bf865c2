package nl.reflectiewerkplaats.timeline;

import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event on a case's timeline. Remembers who added it and in which meeting (none
 * when the facilitator prepared it), and, when it came from another instrument (an
 * interview, the geno-sociogram), its source.
 */
@Getter
@ExportRule
@Document("timeline_events")
@CompoundIndex(name = "case_date", def = "{'caseId': 1, 'date': 1}")
public class TimelineEvent extends VersionedCaseDocument {

    public static final int TITLE_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int WHO_MAX_LENGTH = 120;

    /** The meeting it was added in; null when prepared outside a meeting. */
    private String meetingId;
    private LocalDate date;
    private EventDate.Precision precision;
    private boolean approximate;
    private String title;
    private String description;
    private String who;
    private EventKind kind;
    private Party party;
    /** E.g. "interview" or "genogram"; null when typed on the timeline itself. */
    private String sourceType;
    private String sourceId;
    /** A short name of the source for people, e.g. the interviewed person; may be null. */
    private String sourceLabel;
    private String addedById;
    private String addedByName;
    private Instant createdAt;
    private String changedByName;
    private Instant updatedAt;

    protected TimelineEvent() {
    }

    TimelineEvent(String caseId, String meetingId, String addedById, String addedByName, Instant createdAt) {
        super(caseId);
        this.meetingId = meetingId;
        this.addedById = addedById;
        this.addedByName = addedByName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.changedByName = addedByName;
    }

    void apply(EventDate eventDate, String title, String description, String who, EventKind kind, Party party) {
        setDate(eventDate);
        this.title = title;
        this.description = description;
        this.who = who;
        this.kind = kind;
        this.party = party;
    }

    void setDate(EventDate eventDate) {
        this.date = eventDate.date();
        this.precision = eventDate.precision();
        this.approximate = eventDate.approximate();
    }

    void touched(String byName, Instant at) {
        this.changedByName = byName;
        this.updatedAt = at;
    }

    void link(String sourceType, String sourceId, String sourceLabel) {
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.sourceLabel = sourceLabel;
    }

    public EventDate getDate() {
        return new EventDate(date, precision, approximate);
    }

    public String getDescription() {
        return description == null ? "" : description;
    }

    public String getWho() {
        return who == null ? "" : who;
    }

    public boolean isLinked() {
        return sourceType != null;
    }

    /** The draft that would write this event as it is, for an editor to start from. */
    public TimelineEventDraft toDraft() {
        return new TimelineEventDraft(getDate(), title, getDescription(), getWho(), kind, party, false);
    }
}
