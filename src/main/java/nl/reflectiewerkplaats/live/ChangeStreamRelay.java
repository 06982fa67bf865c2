package nl.reflectiewerkplaats.live;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries case events between app nodes that share one MongoDB replica set.
 *
 * <p>Each event published on this node (after its change was stored) is written to a
 * small outbox collection, {@value LiveOutbox#COLLECTION}, in the order it was published.
 * Every node watches that collection's MongoDB change stream and hands the events written
 * by <em>other</em> nodes to its own {@link CaseBroadcaster}, which treats them exactly like
 * local ones: the same access check and the same visibility rule decide, on the receiving
 * node, who gets them. A node never takes its own events from the stream, so each view
 * applies a change once.
 *
 * <p>The node keeps the resume token of the last event it took (in {@value #NODES}); after
 * a restart or a lost connection it resumes from there. If the stream can no longer resume
 * (the token is older than what the database keeps), every open view of this node reloads
 * its state from the store ({@link LiveGap}) rather than miss a change.
 *
 * <p>On with a MongoDB URI (a replica set; change streams need one) unless
 * {@code reflectiewerkplaats.cluster.enabled=false}; the embedded store is one node.
 */
@Component
@ConditionalOnExpression("!'${spring.mongodb.uri:}'.isEmpty() and '${reflectiewerkplaats.cluster.enabled:true}' == 'true'")
public class ChangeStreamRelay implements SmartLifecycle {

    static final String NODES = "live_nodes";
    private static final Logger log = LoggerFactory.getLogger(ChangeStreamRelay.class);
    /** Error codes of a change stream that cannot resume from its token. */
    private static final Set<Integer> HISTORY_LOST = Set.of(136, 280, 286);
    private static final Duration SAVE_TOKEN_EVERY = Duration.ofSeconds(1);
    /** How long the store may keep an empty read open waiting for the next change (MongoDB's awaitData). */
    private static final Duration AWAIT = Duration.ofMillis(500);
    /**
     * The pause before reading again when the store answered an empty read at once
     * instead of waiting: the embedded server (no awaitData) does, and reading again at
     * once would spin a processor core per node. A replica set waits, so never pauses.
     */
    static final Duration EMPTY_READ_PAUSE = Duration.ofMillis(10);
    /** The first wait after the change stream broke off; each further break doubles it up to {@link #LONGEST_PAUSE}. */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final MongoTemplate mongo;
    private final CaseBroadcaster broadcaster;
    private final String nodeId;
    private final Duration keep;
    private final BlockingQueue<CaseEvent> outgoing = new LinkedBlockingQueue<>();
    private final AtomicLong received = new AtomicLong();
    private @Nullable PresenceRegistry presence;
    private volatile boolean running;
    private volatile boolean streaming;
    private volatile @Nullable Thread writer;
    private volatile @Nullable Thread reader;

    @Autowired
    ChangeStreamRelay(MongoTemplate mongo, CaseBroadcaster broadcaster, PresenceRegistry presence,
                      @Value("${reflectiewerkplaats.cluster.node-id:}") String nodeId,
                      @Value("${reflectiewerkplaats.cluster.keep-events:PT10M}") Duration keep) {
        this(mongo, broadcaster, nodeId, keep);
        this.presence = presence;
        presence.joinCluster(this.nodeId);
    }

    ChangeStreamRelay(MongoTemplate mongo, CaseBroadcaster broadcaster, String nodeId, Duration keep) {
        this.mongo = mongo;
        this.broadcaster = broadcaster;
        this.nodeId = nodeId.isBlank() ? defaultNodeId() : nodeId;
        this.keep = keep;
    }

    /** This node's name in the outbox (stable across restarts, so it can resume). */
    public String nodeId() {
        return nodeId;
    }

    /** Whether the change stream is open now (readiness). */
    public boolean isStreaming() {
        return streaming;
    }

    /** Events taken from other nodes since start. */
    public long receivedCount() {
        return received.get();
    }

    @EventListener
    void onCaseEvent(CaseEvent event) {
        if (running && event.crossesNodes()) {
            outgoing.add(event);
        }
    }

    @Override
    public void start() {
        MongoCollection<Document> outbox = mongo.getCollection(LiveOutbox.COLLECTION);
        try {
            outbox.createIndex(Indexes.ascending("at"), new IndexOptions().expireAfter(keep.toSeconds(), TimeUnit.SECONDS));
            outbox.createIndex(Indexes.ascending("caseId"));
        } catch (MongoException e) {
            log.warn("Kon de indexen van de live-outbox niet maken: {}", e.getMessage());
        }
        running = true;
        writer = Thread.ofVirtual().name("live-outbox-writer").start(this::writeLoop);
        reader = Thread.ofVirtual().name("live-change-stream").start(this::readLoop);
        log.info("Live-updates tussen app-nodes via de change stream van {} (node {})", LiveOutbox.COLLECTION, nodeId);
    }

    @Override
    public void stop() {
        running = false;
        Thread w = writer;
        Thread r = reader;
        if (w != null) {
            w.interrupt();
        }
        try {
            // the reader ends within its await time and keeps its last token
            if (r != null) {
                r.join(Duration.ofSeconds(3));
            }
            if (w != null) {
                w.join(Duration.ofSeconds(3));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void writeLoop() {
        MongoCollection<Document> outbox = mongo.getCollection(LiveOutbox.COLLECTION);
        while (running) {
            CaseEvent event;
            try {
                event = outgoing.take();
            } catch (InterruptedException e) {
                // stopping: what was published before still goes out
                while ((event = outgoing.poll()) != null) {
                    write(outbox, event);
                }
                return;
            }
            write(outbox, event);
        }
    }

    private void write(MongoCollection<Document> outbox, CaseEvent event) {
        Document body = new Document();
        try {
            mongo.getConverter().write(event, body);
        } catch (RuntimeException e) {
            log.warn("Een live-update ({}) kon niet naar de andere nodes", event.getClass().getSimpleName(), e);
            return;
        }
        insertWithRetry(outbox, new Document("node", nodeId).append("caseId", event.caseId())
                .append("at", new Date()).append("type", event.getClass().getName()).append("event", body));
    }

    private void insertWithRetry(MongoCollection<Document> outbox, Document entry) {
        for (int attempt = 1; ; attempt++) {
            try {
                outbox.insertOne(entry);
                return;
            } catch (MongoException e) {
                if (attempt >= 5) {
                    log.warn("Live-update voor casus {} niet naar de andere nodes: {}", entry.get("caseId"), e.getMessage());
                    return;
                }
                sleep(Duration.ofMillis(100L * attempt));
            }
        }
    }

    private void readLoop() {
        Document node = mongo.getCollection(NODES).find(Filters.eq("_id", nodeId)).first();
        BsonDocument token = node != null && node.get("resumeToken") instanceof Document d ? BsonDocument.parse(d.toJson()) : null;
        long tokenAt = node != null && node.get("at") instanceof Date at ? at.getTime() : System.currentTimeMillis();
        Duration backoff = FIRST_PAUSE;
        while (running) {
            if (token != null && System.currentTimeMillis() - tokenAt > keep.toMillis()) {
                // away longer than events are kept: do not trust the gap to be complete
                token = null;
                lostHistory("de laatste bekende positie is ouder dan " + keep);
            }
            try {
                var watch = mongo.getCollection(LiveOutbox.COLLECTION)
                        .watch(List.of(Aggregates.match(Filters.and(Filters.eq("operationType", "insert"),
                                Filters.ne("fullDocument.node", nodeId)))))
                        .maxAwaitTime(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (token != null) {
                    watch = watch.resumeAfter(token);
                }
                try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = watch.cursor()) {
                    streaming = true;
                    backoff = FIRST_PAUSE;
                    long lastSave = System.nanoTime();
                    BsonDocument unsaved = null;
                    while (running) {
                        long asked = System.nanoTime();
                        ChangeStreamDocument<Document> change = cursor.tryNext();
                        if (change == null && System.nanoTime() - asked < AWAIT.toNanos() / 10) {
                            sleep(EMPTY_READ_PAUSE);
                        }
                        if (change != null) {
                            take(change.getFullDocument());
                            token = change.getResumeToken();
                            tokenAt = System.currentTimeMillis();
                            unsaved = token;
                        } else if (cursor.getResumeToken() != null) {
                            token = cursor.getResumeToken();
                            tokenAt = System.currentTimeMillis();
                        }
                        if (unsaved != null && System.nanoTime() - lastSave > SAVE_TOKEN_EVERY.toNanos()) {
                            saveToken(unsaved);
                            unsaved = null;
                            lastSave = System.nanoTime();
                        }
                    }
                    if (unsaved != null) {
                        saveToken(unsaved);
                    }
                }
            } catch (MongoCommandException e) {
                streaming = false;
                if (token != null && HISTORY_LOST.contains(e.getErrorCode())) {
                    token = null;
                    lostHistory(e.getErrorMessage());
                } else if (running) {
                    backoff = pauseAfterBreak(e, backoff);
                }
            } catch (MongoException | IllegalStateException e) {
                streaming = false;
                if (running) {
                    backoff = pauseAfterBreak(e, backoff);
                }
            }
        }
        streaming = false;
    }

    /** Waits after the stream broke off; returns the wait for a next break: twice as long, at most {@link #LONGEST_PAUSE}. */
    private Duration pauseAfterBreak(Exception e, Duration pause) {
        log.warn("Change stream onderbroken: {}", e.getMessage());
        sleep(pause);
        Duration next = pause.multipliedBy(2);
        return next.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : next;
    }

    private void take(@Nullable Document entry) {
        if (entry == null || nodeId.equals(entry.getString("node"))) {
            return;
        }
        CaseEvent event = LiveOutbox.read(mongo.getConverter(), entry);
        if (event != null) {
            received.incrementAndGet();
            if (event instanceof NodePresence nodePresence && presence != null) {
                presence.remote(nodePresence);
            } else {
                broadcaster.deliver(event);
            }
        }
    }

    /** The stream cannot go on where it was: start from now, and every open view reads afresh. */
    private void lostHistory(String why) {
        log.warn("De change stream kan niet verder waar hij was ({}); open schermen laden opnieuw", why);
        forgetToken();
        broadcaster.deliverToAll(LiveGap::new);
    }

    private void saveToken(BsonDocument token) {
        try {
            mongo.getCollection(NODES).replaceOne(Filters.eq("_id", nodeId),
                    new Document("_id", nodeId).append("resumeToken", Document.parse(token.toJson())).append("at", new Date()),
                    new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            log.debug("Resume-token niet bewaard: {}", e.getMessage());
        }
    }

    private void forgetToken() {
        try {
            mongo.getCollection(NODES).deleteOne(Filters.eq("_id", nodeId));
        } catch (MongoException e) {
            log.debug("Resume-token niet vergeten: {}", e.getMessage());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String defaultNodeId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "node";
            }
        }
        return host;
    }
}
