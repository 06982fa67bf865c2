package nl.reflectiewerkplaats.access;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the access log, with the fields NEN 7513 asks for: who (account or
 * participant, and which kind), when (UTC), which case and which object, what was
 * done, from which address, and whether it was allowed. Entries are only ever
 * inserted; see {@link AccessLog}.
 */
@Document("access_log")
public record AccessLogEntry(
        @Id String id,
        @Indexed Instant at,
        String actorId,
        String actorKind,
        String actorName,
        @Indexed String caseId,
        String object,
        String objectId,
        AuditAction action,
        boolean allowed,
        String address) {

    /** What was done with case data (or with the log itself, or with an account: no case then). */
    public enum AuditAction {
        READ, CHANGE, EXPORT, ERASE, LOG_READ, LOG_EXPORT,
        LOGIN, LOGIN_FAILED, SECOND_FACTOR_FAILED, RECOVERY_CODE_USED, ENROLMENT, ACCOUNT_CREATED,
        PASSWORD_CHANGED, PASSWORD_RESET, SECOND_FACTOR_RESET
    }
}
