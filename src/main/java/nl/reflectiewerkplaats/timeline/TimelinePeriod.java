package nl.reflectiewerkplaats.timeline;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A named span of time on the timeline, e.g. "een jaar zonder contact met school"; shown as a band. */
@nl.reflectiewerkplaats.base.ExportRule
@Document("timeline_periods")
public class TimelinePeriod {

    public static final int NAME_MAX_LENGTH = 120;

    @Id
    private String id;
    @Indexed
    private String caseId;
    private String meetingId;
    private LocalDate start;
    private LocalDate end;
    private String name;
    private String addedById;
    private String addedByName;
    private Instant createdAt;

    protected TimelinePeriod() {
    }

    TimelinePeriod(String caseId, String meetingId, LocalDate start, LocalDate end, String name, String addedById,
                   String addedByName, Instant createdAt) {
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.start = start;
        this.end = end;
        this.name = name;
        this.addedById = addedById;
        this.addedByName = addedByName;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getName() {
        return name;
    }

    public String getAddedById() {
        return addedById;
    }

    public String getAddedByName() {
        return addedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
