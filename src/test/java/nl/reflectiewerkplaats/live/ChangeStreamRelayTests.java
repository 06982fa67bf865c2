package nl.reflectiewerkplaats.live;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.reflectiewerkplaats.support.LiveEvents.next;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.support.LiveEvents;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two relays on one MongoDB-compatible server with a change stream (mongo-java-server
 * with its oplog on, which offers a simplified change stream: inserts, updates and
 * deletes of one collection, {@code resumeAfter} a token it gave out). Events cross
 * from one node to the other, once; a restarted node resumes where it was; a node that
 * cannot resume makes its open views reload.
 */
class ChangeStreamRelayTests {

    /** A change that shows no case data, so no access check is needed to receive it. */
    record Note(String caseId, int n) implements CaseEvent {
        @Override
        public boolean carriesCaseData() {
            return false;
        }
    }

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<ChangeStreamRelay> relays = new ArrayList<>();
    /** The change stream reads (getMore) any node sent to the store. */
    private final AtomicLong reads = new AtomicLong();

    @BeforeEach
    void store() {
        MemoryBackend backend = new MemoryBackend();
        backend.enableOplog();
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if ("getMore".equals(event.getCommandName())) {
                            reads.incrementAndGet();
                        }
                    }
                }).build());
        mongo = new MongoTemplate(client, "rw");
    }

    @AfterEach
    void close() {
        relays.forEach(ChangeStreamRelay::stop);
        client.close();
        server.shutdownNow();
    }

    private Node node(String id) {
        CaseBroadcaster broadcaster = new CaseBroadcaster(new AccessPolicy(null, null));
        ChangeStreamRelay relay = new ChangeStreamRelay(mongo, broadcaster, id, Duration.ofMinutes(10));
        relays.add(relay);
        relay.start();
        return new Node(relay, broadcaster);
    }

    private record Node(ChangeStreamRelay relay, CaseBroadcaster broadcaster) {
        /** What the node's views get, as the app would: published locally, relayed to the others. */
        void publish(CaseEvent event) {
            broadcaster.onCaseEvent(event);
            relay.onCaseEvent(event);
        }

        BlockingQueue<CaseEvent> view(String caseId) {
            return LiveEvents.view(broadcaster, caseId, new Actor.Facilitator("f", "Femke"));
        }
    }

    private void awaitStreaming(Node... nodes) throws InterruptedException {
        for (Node node : nodes) {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!node.relay().isStreaming() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(node.relay().isStreaming()).as(node.relay().nodeId() + " streams").isTrue();
        }
    }

    @Test
    void anEventCrossesToTheOtherNodeOnceAndInOrder() throws Exception {
        Node a = node("A");
        Node b = node("B");
        awaitStreaming(a, b);
        BlockingQueue<CaseEvent> onA = a.view("case-1");
        BlockingQueue<CaseEvent> onB = b.view("case-1");
        BlockingQueue<CaseEvent> otherCaseOnB = b.view("case-2");

        for (int i = 1; i <= 3; i++) {
            a.publish(new Note("case-1", i));
        }
        b.publish(new Note("case-1", 4));

        assertThat(List.of(next(onB), next(onB), next(onB), next(onB)))
                .containsExactly(new Note("case-1", 4), new Note("case-1", 1), new Note("case-1", 2), new Note("case-1", 3));
        // A saw its own three at once and B's one through the stream; then a later marker proves nothing else came
        assertThat(List.of(next(onA), next(onA), next(onA), next(onA)))
                .containsExactlyInAnyOrder(new Note("case-1", 1), new Note("case-1", 2), new Note("case-1", 3), new Note("case-1", 4));
        b.publish(new Note("case-1", 5));
        assertThat(next(onA)).as("nothing twice: the next thing A's view gets is the later marker").isEqualTo(new Note("case-1", 5));
        a.publish(new Note("case-2", 6));
        assertThat(next(otherCaseOnB)).isEqualTo(new Note("case-2", 6));
        assertThat(otherCaseOnB).as("another case's events stay with that case").isEmpty();
    }

    @Test
    void anIdleNodeDoesNotSpinOnAStoreThatAnswersEmptyReadsAtOnce() throws Exception {
        // this store answers a change stream read at once, also when it has nothing (no awaitData)
        Node a = node("A");
        Node b = node("B");
        awaitStreaming(a, b);
        BlockingQueue<CaseEvent> onB = b.view("case-1");

        long before = reads.get();
        Thread.sleep(1000);
        long perSecond = reads.get() - before;
        // two nodes, each pausing 10 ms after an empty read: at most about 200; reading again at
        // once made tens of thousands and kept a processor core busy per node
        assertThat(perSecond).as("change stream reads of two idle nodes in one second").isBetween(1L, 250L);

        a.publish(new Note("case-1", 1));
        assertThat(next(onB)).as("a change still crosses at once").isEqualTo(new Note("case-1", 1));
    }

    @Test
    void aRestartedNodeResumesWhereItWas() throws Exception {
        Node a = node("A");
        Node b = node("B");
        awaitStreaming(a, b);
        BlockingQueue<CaseEvent> onB = b.view("case-1");
        a.publish(new Note("case-1", 1));
        assertThat(next(onB)).isEqualTo(new Note("case-1", 1));
        a.publish(new Note("case-1", 2));
        assertThat(next(onB)).isEqualTo(new Note("case-1", 2));
        b.relay().stop();
        awaitStopped(b);

        // while B is down, A goes on
        a.publish(new Note("case-1", 3));
        a.publish(new Note("case-1", 4));
        awaitOutbox(4);

        // B again, on the same node id: what it missed arrives, what it had does not
        Node b2 = nodeWithBroadcaster("B", new CaseBroadcaster(new AccessPolicy(null, null)));
        BlockingQueue<CaseEvent> onB2 = b2.view("case-1");
        b2.relay().start();
        assertThat(List.of(next(onB2), next(onB2))).containsExactly(new Note("case-1", 3), new Note("case-1", 4));
        a.publish(new Note("case-1", 5));
        assertThat(next(onB2)).as("nothing from before the stop came again").isEqualTo(new Note("case-1", 5));
        assertThat(b2.relay().receivedCount()).isEqualTo(3);
    }

    @Test
    void aNodeThatCannotResumeMakesItsViewsReload() throws Exception {
        Node a = node("A");
        awaitStreaming(a);
        // B was away longer than events are kept (a real MongoDB would also say so itself when its
        // oplog has rolled past the token, error 286: that path is covered where Docker runs)
        mongo.getCollection(ChangeStreamRelay.NODES).insertOne(new Document("_id", "B")
                .append("resumeToken", new Document("_data", "0000000100000001"))
                .append("at", Date.from(Instant.now().minus(Duration.ofMinutes(11)))));
        Node b = nodeWithBroadcaster("B", new CaseBroadcaster(new AccessPolicy(null, null)));
        BlockingQueue<CaseEvent> onB = b.view("case-1");
        b.relay().start();
        assertThat(next(onB)).isEqualTo(new LiveGap("case-1"));
        awaitStreaming(b);
        a.publish(new Note("case-1", 7));
        assertThat(next(onB)).as("and it streams again from now on").isEqualTo(new Note("case-1", 7));
    }

    private Node nodeWithBroadcaster(String id, CaseBroadcaster broadcaster) {
        ChangeStreamRelay relay = new ChangeStreamRelay(mongo, broadcaster, id, Duration.ofMinutes(10));
        relays.add(relay);
        return new Node(relay, broadcaster);
    }

    private static void awaitStopped(Node node) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (node.relay().isStreaming() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(node.relay().isStreaming()).isFalse();
    }

    private void awaitOutbox(long count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (mongo.getCollection(LiveOutbox.COLLECTION).countDocuments() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(mongo.getCollection(LiveOutbox.COLLECTION).countDocuments()).isEqualTo(count);
    }
}
