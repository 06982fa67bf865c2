package nl.reflectiewerkplaats.timeline;

import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import nl.reflectiewerkplaats.base.CaseDocument;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.mongodb.core.mapping.Document;

/** A named span of time on the timeline, e.g. "een jaar zonder contact met school"; shown as a band. */
@Getter
@ExportRule
@Document("timeline_periods")
public class TimelinePeriod extends CaseDocument {

    public static final int NAME_MAX_LENGTH = 120;

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
        super(caseId);
        this.meetingId = meetingId;
        this.start = start;
        this.end = end;
        this.name = name;
        this.addedById = addedById;
        this.addedByName = addedByName;
        this.createdAt = createdAt;
    }
}
