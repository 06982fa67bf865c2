package nl.reflectiewerkplaats.base;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Short locks kept in the store (collection {@value #COLLECTION}), so that every app node
 * on one database waits for the same one: e.g. the geno-sociogram checks for a cycle of
 * parents and then stores a line, and two nodes must not both check before either stores.
 * A lock is a document taken by insert and given back by delete; one whose holder died
 * is taken over when its lease has run out.
 */
@Component
public class StoreLocks {

    static final String COLLECTION = "store_locks";
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MongoCollection<Document> locks;
    private final Clock clock;
    private final Duration wait;

    @Autowired
    StoreLocks(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, WAIT);
    }

    /** Test hook: waits at most {@code wait} for a held lock (so a test of "busy" need not wait 10 s). */
    StoreLocks(MongoTemplate mongo, Clock clock, Duration wait) {
        this.locks = mongo.getCollection(COLLECTION);
        this.clock = clock;
        this.wait = wait;
    }

    /** Runs {@code work} while holding the lock {@code name}; waits at most 10 s for it ("busy, try again"). */
    public <T> T withLock(String name, Supplier<T> work) {
        String owner = UUID.randomUUID().toString();
        long end = System.nanoTime() + wait.toNanos();
        long pause = 2;
        while (!tryTake(name, owner)) {
            if (System.nanoTime() > end) {
                throw new UserFacingException("error.busy");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserFacingException("error.busy");
            }
            pause = Math.min(50, pause * 2);
        }
        try {
            return work.get();
        } finally {
            locks.deleteOne(Filters.and(Filters.eq("_id", name), Filters.eq("owner", owner)));
        }
    }

    private boolean tryTake(String name, String owner) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(LEASE));
        try {
            locks.insertOne(new Document("_id", name).append("owner", owner).append("until", until));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        // held: take it over only if its holder's lease has run out
        return locks.updateOne(Filters.and(Filters.eq("_id", name), Filters.lt("until", now)),
                Updates.combine(Updates.set("owner", owner), Updates.set("until", until))).getModifiedCount() == 1;
    }
}
