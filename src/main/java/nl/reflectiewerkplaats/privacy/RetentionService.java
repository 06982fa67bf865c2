package nl.reflectiewerkplaats.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccessLog;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * How long a case is kept: by default a number of months after its last meeting (or
 * after it was made, before any meeting), set by the beheerder; a facilitator may set
 * an earlier or later end for one case. A daily job erases cases past their end,
 * completely, and logs that it did; it also removes access-log entries past the
 * log's own retention.
 */
@Service
public class RetentionService {

    static final String SETTINGS_COLLECTION = "settings";
    private static final String SETTINGS_ID = "retention";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    /** The job acts as itself in the access log. */
    static final Actor.Administrator JOB = new Actor.Administrator("bewaartermijn-taak", "Bewaartermijn (automatisch)");

    private final MongoTemplate mongo;
    private final CaseArchive archive;
    private final AccessPolicy access;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int defaultMonths;
    private final int defaultLogYears;

    RetentionService(MongoTemplate mongo, CaseArchive archive, AccessPolicy access, AccessLog accessLog, Clock clock,
                     @Value("${reflectiewerkplaats.retention.months-after-last-meeting:12}") int defaultMonths,
                     @Value("${reflectiewerkplaats.retention.access-log-years:5}") int defaultLogYears) {
        this.mongo = mongo;
        this.archive = archive;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.defaultMonths = defaultMonths;
        this.defaultLogYears = defaultLogYears;
    }

    public record Settings(int monthsAfterLastMeeting, int accessLogYears) {
    }

    public Settings settings() {
        Document stored = mongo.findById(SETTINGS_ID, Document.class, SETTINGS_COLLECTION);
        return stored == null ? new Settings(defaultMonths, defaultLogYears)
                : new Settings(stored.getInteger("monthsAfterLastMeeting", defaultMonths),
                stored.getInteger("accessLogYears", defaultLogYears));
    }

    /** The beheerder sets the default retention (1–120 months) and the access log's (1–30 years). */
    public Settings updateSettings(Actor actor, int months, int logYears) {
        if (!(actor instanceof Actor.Administrator)) {
            throw new NoAccessException();
        }
        if (months < 1 || months > 120 || logYears < 1 || logYears > 30) {
            throw new InvalidInputException("error.retention.range");
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(SETTINGS_ID)),
                new Update().set("monthsAfterLastMeeting", months).set("accessLogYears", logYears), SETTINGS_COLLECTION);
        accessLog.record(actor, null, "RetentionService.updateSettings", SETTINGS_ID, AuditAction.CHANGE, true);
        return settings();
    }

    /** The day after which the case is erased; empty if there is no such case. */
    public Optional<LocalDate> retentionEnd(String caseId) {
        Document theCase = mongo.findOne(CaseArchive.byId(caseId), Document.class, CaseArchive.CASES);
        if (theCase == null) {
            return Optional.empty();
        }
        if (theCase.get("retainUntil") instanceof Date explicit) {
            return Optional.of(explicit.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        // from the last meeting; from the day the case was made while it has none
        LocalDate last = null;
        for (Document meeting : mongo.find(Query.query(Criteria.where("caseId").is(caseId)), Document.class,
                "meetings")) {
            if (meeting.get("date") instanceof Date date) {
                LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                if (last == null || day.isAfter(last)) {
                    last = day;
                }
            }
        }
        if (last == null) {
            last = theCase.get("createdAt") instanceof Date created
                    ? created.toInstant().atZone(ZONE).toLocalDate() : LocalDate.now(clock.withZone(ZONE));
        }
        return Optional.of(last.plusMonths(settings().monthsAfterLastMeeting()));
    }

    /** A facilitator sets another end for one case (after today, within ten years). */
    public LocalDate setRetentionEnd(Actor actor, String caseId, LocalDate end) {
        access.check(actor, caseId, CaseAction.MANAGE, caseId);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (end == null || !end.isAfter(today) || end.isAfter(today.plusYears(10))) {
            throw new InvalidInputException("error.retention.endRange");
        }
        mongo.updateFirst(CaseArchive.byId(caseId),
                new Update().set("retainUntil", Date.from(end.atStartOfDay(ZoneOffset.UTC).toInstant())),
                CaseArchive.CASES);
        return end;
    }

    /** Every night: erase the cases past their end, and access-log entries past the log's retention. */
    @Scheduled(cron = "${reflectiewerkplaats.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    public int eraseExpiredCases() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int erased = 0;
        for (Document theCase : mongo.find(new Query(), Document.class, CaseArchive.CASES)) {
            String caseId = String.valueOf(theCase.get("_id"));
            Optional<LocalDate> end = retentionEnd(caseId);
            if (end.isPresent() && end.get().isBefore(today)) {
                long documents = archive.eraseAll(caseId);
                accessLog.record(JOB, caseId, "RetentionService.eraseExpiredCases", caseId, AuditAction.ERASE, true);
                log.info("Bewaartermijn verstreken: casus {} gewist ({} documenten)", caseId, documents);
                erased++;
            }
        }
        accessLog.purgeBefore(clock.instant().atZone(ZONE).minusYears(settings().accessLogYears()).toInstant());
        return erased;
    }
}
