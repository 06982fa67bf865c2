package nl.reflectiewerkplaats.agreements;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An afspraak as stored, immutable: what the service returns and the live path carries.
 *
 * @param meetingId the meeting it was made in
 * @param due       by when, or null when no date was set
 * @param origin    where it came from (e.g. "Doel in de cirkel Thuis"), or "" when made directly
 */
public record AgreementItem(String id, String caseId, String meetingId, String who, String what, String why,
                            String how, @Nullable LocalDate due, AgreementStatus status, String origin,
                            String authorId, String authorName, Instant createdAt, long version) {
}
