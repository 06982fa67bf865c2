package nl.reflectiewerkplaats.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two nodes (two {@link StoreLocks} on one store) wait for each other's lock; a dead holder's lock is taken over. */
class StoreLocksTests {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "rw");
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void twoNodesTakeTurnsForOneLockAndNeverOverlap() throws Exception {
        StoreLocks nodeA = new StoreLocks(mongo, Clock.systemUTC());
        StoreLocks nodeB = new StoreLocks(mongo, Clock.systemUTC());
        List<String> trace = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch aHolds = new CountDownLatch(1);
        Thread a = Thread.ofVirtual().start(() -> nodeA.withLock("genogram:c1", () -> {
            trace.add("A in");
            aHolds.countDown();
            sleep(300);
            trace.add("A out");
            return null;
        }));
        assertThat(aHolds.await(10, TimeUnit.SECONDS)).isTrue();
        String result = nodeB.withLock("genogram:c1", () -> {
            trace.add("B in");
            return "B klaar";
        });
        a.join();
        assertThat(result).isEqualTo("B klaar");
        assertThat(trace).containsExactly("A in", "A out", "B in");
        // another name is not held up, and the lock is given back afterwards
        assertThat(nodeB.withLock("genogram:c2", () -> "vrij")).isEqualTo("vrij");
        assertThat(mongo.getCollection(StoreLocks.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void aLockWhoseHolderDiedIsTakenOverAfterItsLeaseAndAHeldOneSaysBusy() {
        // a node died holding the lock; its lease ran out a second ago
        mongo.getCollection(StoreLocks.COLLECTION).insertOne(new Document("_id", "genogram:c1")
                .append("owner", "dead-node").append("until", Date.from(Instant.now().minusSeconds(1))));
        StoreLocks node = new StoreLocks(mongo, Clock.systemUTC());
        assertThat(node.withLock("genogram:c1", () -> "overgenomen")).isEqualTo("overgenomen");

        // one held by a live node (lease far ahead): after the wait, a Dutch "busy" message, nothing run
        mongo.getCollection(StoreLocks.COLLECTION).insertOne(new Document("_id", "genogram:c3")
                .append("owner", "live-node").append("until", Date.from(Instant.now().plus(Duration.ofHours(1)))));
        // (waiting 300 ms, not the app's 10 s: the same give-up path)
        StoreLocks late = new StoreLocks(mongo, Clock.systemUTC(), Duration.ofMillis(300));
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> late.withLock("genogram:c3", () -> ran.add("ran")))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.busy");
        assertThat(ran).isEmpty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
