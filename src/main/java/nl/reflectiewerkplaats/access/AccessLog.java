package nl.reflectiewerkplaats.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import jakarta.annotation.PreDestroy;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The append-only access log. There is no code path that changes an entry; the only
 * deletion is {@link #purgeBefore}, used by the retention job for entries past their
 * own retention. Reading the log is itself logged.
 *
 * <p>Repeated reads of the same object by the same person within a minute are
 * written once (a live view re-reads often; the log records that someone looked,
 * not every repaint). Changes, exports and erasures are always written.
 *
 * <p>A change's entry (and a refusal's) is written before the call goes on, so the
 * change's commit carries it. An allowed read's entry is written behind, a moment
 * later and together with the other reads of that moment, so a screen that reads
 * does not wait for the log (when the group moves to a step, every open view reads
 * at once). A read entry was never committed on its own (the next write or the
 * store's own commit within a second carries it); it is not held longer than that
 * now either. Whatever reads the log, and the shutdown, first writes what is pending.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessLog {

    static final String COLLECTION = "access_log";
    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final Duration READ_REPEAT_WINDOW = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ObjectProvider<RequestOrigin> origin;
    private final Map<String, Instant> recentReads = new ConcurrentHashMap<>();
    /** Allowed reads' entries not yet written; one writer at a time, in the order they came. */
    private final Queue<AccessLogEntry> pendingReads = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("access-log-writer").factory());

    /** Records one access. {@code object} names what was touched (e.g. "DreamBoardService.listCards"). */
    public void record(Actor actor, String caseId, String object, String objectId, AuditAction action,
                       boolean allowed) {
        Instant now = clock.instant();
        if (action == AuditAction.READ && allowed) {
            String key = (actor == null ? "-" : actor.id()) + '|' + caseId + '|' + object + '|' + objectId;
            Instant last = recentReads.get(key);
            if (last != null && last.plus(READ_REPEAT_WINDOW).isAfter(now)) {
                return;
            }
            recentReads.put(key, now);
            if (recentReads.size() > 50_000) {
                recentReads.entrySet().removeIf(e -> e.getValue().plus(READ_REPEAT_WINDOW).isBefore(now));
            }
        }
        String address = Optional.ofNullable(origin.getIfAvailable()).flatMap(RequestOrigin::currentAddress)
                .orElse("intern");
        AccessLogEntry entry = new AccessLogEntry(null, now, actor == null ? null : actor.id(), kindOf(actor),
                actor == null ? null : actor.displayName(), caseId, object, objectId, action, allowed, address);
        if (action == AuditAction.READ && allowed) {
            pendingReads.add(entry);
            scheduleWrite();
        } else {
            mongo.insert(entry, COLLECTION);
        }
    }

    /** Writes the read entries that are still pending, now (one insert for all of them). */
    public void flush() {
        writing.lock();
        try {
            List<AccessLogEntry> batch = new ArrayList<>();
            AccessLogEntry entry;
            while ((entry = pendingReads.poll()) != null) {
                batch.add(entry);
            }
            if (!batch.isEmpty()) {
                try {
                    mongo.insert(batch, COLLECTION);
                } catch (RuntimeException e) {
                    // kept for the next write; nothing is dropped
                    batch.reversed().forEach(this::requeueFirst);
                    throw e;
                }
            }
        } finally {
            writing.unlock();
        }
    }

    private void requeueFirst(AccessLogEntry entry) {
        List<AccessLogEntry> rest = new ArrayList<>(pendingReads);
        pendingReads.clear();
        pendingReads.add(entry);
        pendingReads.addAll(rest);
    }

    private void scheduleWrite() {
        if (!writeScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            writer.execute(() -> {
                writeScheduled.set(false);
                try {
                    flush();
                } catch (RuntimeException e) {
                    log.warn("Access log: {} read entries could not be written yet; they are kept", pendingReads.size(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: flush() in close() writes what is pending
            writeScheduled.set(false);
        }
    }

    /** On shutdown nothing pending is lost. */
    @PreDestroy
    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    /** Entries matching the filter, newest first; reading is logged as {@link AuditAction#LOG_READ}. */
    public List<AccessLogEntry> search(Actor reader, Filter filter, int limit) {
        requireAdministrator(reader);
        record(reader, filter.caseId(), "toegangslog", null, AuditAction.LOG_READ, true);
        flush();
        return find(filter, limit);
    }

    /** All matching entries for an export, logged as {@link AuditAction#LOG_EXPORT}. */
    public List<AccessLogEntry> export(Actor reader, Filter filter) {
        requireAdministrator(reader);
        record(reader, filter.caseId(), "toegangslog", null, AuditAction.LOG_EXPORT, true);
        flush();
        return find(filter, 100_000);
    }

    /** Entries of one case, for the case export (the caller has checked access). */
    public List<AccessLogEntry> entriesOfCase(String caseId) {
        flush();
        return mongo.find(Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by("at")),
                AccessLogEntry.class, COLLECTION);
    }

    /** The retention job's one way to remove entries: those older than their own retention. */
    public long purgeBefore(Instant cutoff) {
        flush();
        return mongo.remove(Query.query(Criteria.where("at").lt(cutoff)), AccessLogEntry.class, COLLECTION)
                .getDeletedCount();
    }

    private List<AccessLogEntry> find(Filter filter, int limit) {
        Criteria criteria = new Criteria();
        if (filter.caseId() != null && !filter.caseId().isBlank()) {
            criteria = criteria.and("caseId").is(filter.caseId().strip());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            String who = filter.actor().strip();
            criteria = criteria.orOperator(Criteria.where("actorId").is(who), Criteria.where("actorName").is(who));
        }
        if (filter.action() != null) {
            criteria = criteria.and("action").is(filter.action());
        }
        if (filter.from() != null || filter.until() != null) {
            Criteria at = Criteria.where("at");
            if (filter.from() != null) {
                at = at.gte(filter.from());
            }
            if (filter.until() != null) {
                at = at.lt(filter.until());
            }
            criteria = criteria.andOperator(at);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit),
                AccessLogEntry.class, COLLECTION);
    }

    private static void requireAdministrator(Actor actor) {
        if (!(actor instanceof Actor.Administrator)) {
            throw new NoAccessException();
        }
    }

    static String kindOf(Actor actor) {
        return switch (actor) {
            case null -> "onbekend";
            case Actor.Facilitator f -> "begeleider";
            case Actor.Administrator a -> "beheerder";
            case Actor.Participant p when p.watcher() -> "meekijker";
            case Actor.Participant p when p.bestuurder() -> "bestuurder";
            case Actor.Participant p -> "deelnemer";
        };
    }

    /** What to look for; null or blank fields match everything. */
    public record Filter(String caseId, String actor, AuditAction action, Instant from, Instant until) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }
}
