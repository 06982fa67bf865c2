package nl.reflectiewerkplaats.sincelast;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whether the facilitator lets everyone in a meeting look along with "sinds de vorige keer": one per
 * meeting (its id is the meeting's), replaced as a whole by the last choice. Stored as a case document
 * ({@code _id}, {@code caseId}).
 */
@ExportRule(ownerFields = {"setByName", "setAt"})
@Document("since_last_shares")
public record SinceLastShare(@Id String meetingId, @Indexed String caseId, boolean shared, String setByName,
                             Instant setAt) {
}
