package nl.reflectiewerkplaats.timeline;

import java.time.Instant;
import java.time.LocalDate;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named span of time on the timeline, e.g. "een jaar zonder contact met school";
 * shown as a band. Never changed once stored (only removed), so it is stored as an
 * immutable record and the live path carries it as it is. Stored as before, as a
 * case document ({@code _id}, {@code caseId} and the fields below).
 *
 * @param id null until stored
 */
@ExportRule
@Document("timeline_periods")
public record TimelinePeriod(@Id String id, @Indexed String caseId, String meetingId, LocalDate start, LocalDate end,
                             String name, String addedById, String addedByName, Instant createdAt) {

    public static final int NAME_MAX_LENGTH = 120;
}
