package nl.reflectiewerkplaats.support;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.CursorNotFoundException;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.oplog.OplogPosition;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The oplog of {@link ClusterStore}: the writes of the shared test server in the order
 * they were made, read by change streams from where each stream stands.
 *
 * <p>Two things a replica set does that mongo-java-server's own oplog
 * ({@code CollectionBackedOplog}) does not, and that the app nodes' processor time and
 * the time a change takes across nodes depend on:
 * <ul>
 * <li><b>Waiting for data</b> (MongoDB's awaitData): a read of a stream with nothing new
 * waits on the server until a write comes in ({@link #awaitWrites}, called by
 * {@code ClusterStore}), so a node asks a few times a second while nothing happens and
 * hears of a write at once. The server's own answers an empty read at once, so each node
 * asked ~70 times a second (its read, then a 10 ms pause) and heard of a write 5–15 ms
 * late.
 * <li><b>Reading from the stream's position on</b>: the server's own reads the whole
 * collection of writes for every read, filters and sorts it (1.3 ms per empty read with an
 * empty oplog, 5.5 ms with 10,000 writes, measured here). This one keeps the writes in a
 * map sorted by their timestamp and reads only the part after the position. Writes get
 * their timestamp and their place under one lock, so a reader never sees a later write
 * before an earlier one (the collection-backed oplog could: two writers take a timestamp,
 * the second stores first, a read in between moves past the first).
 * </ul>
 *
 * <p>What it answers is what the collection-backed oplog answers: inserts with the whole
 * document, updates with their change (or, with {@code fullDocument: updateLookup}, the
 * document as stored), deletes with the key, a dropped collection as a command; positions
 * ({@code resumeAfter}, {@code startAfter}, {@code startAtOperationTime}) as tokens of the
 * same form. It keeps its entries in memory for the life of the server (so, as before, it
 * never says a token is too old) and does not end a stream resumed after a drop.
 */
final class TailedOplog implements Oplog {

    private static final String CMD = "$cmd";

    private final MongoBackend backend;
    private final CursorRegistry cursors;
    private final Clock clock;
    private final ConcurrentSkipListMap<Long, Entry> entries = new ConcurrentSkipListMap<>();
    private int increment;

    TailedOplog(MongoBackend backend, CursorRegistry cursors, Clock clock) {
        this.backend = backend;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** How many writes it holds. */
    int size() {
        return entries.size();
    }

    private enum Kind {
        INSERT("insert"), UPDATE("update"), DELETE("delete"), DROP("drop");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** One write: for an insert the document, for an update its change, for a drop the collection's name. */
    private record Entry(BsonTimestamp at, Kind kind, String namespace, @Nullable Object id, @Nullable Document body) {
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        for (Document document : documents) {
            append(Kind.INSERT, namespace, document.get("_id"), document.cloneDeeply());
        }
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        for (Object id : modifiedIds) {
            append(Kind.UPDATE, namespace, id, query);
        }
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        for (Object id : deletedIds) {
            append(Kind.DELETE, namespace, id, null);
        }
    }

    @Override
    public void handleDropCollection(String namespace) {
        String database = Utils.getDatabaseNameFromFullName(namespace);
        append(Kind.DROP, database + "." + CMD, null, new Document("drop", Utils.getCollectionNameFromFullName(namespace)));
    }

    private synchronized void append(Kind kind, String namespace, @Nullable Object id, @Nullable Document body) {
        BsonTimestamp at = new BsonTimestamp(clock.instant(), ++increment);
        entries.put(at.getValue(), new Entry(at, kind, namespace, id, body));
        notifyAll();
    }

    private synchronized BsonTimestamp now() {
        return new BsonTimestamp(clock.instant(), increment);
    }

    @Override
    public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
        OplogPosition start;
        if (changeStream.get("startAfter") instanceof Document token) {
            start = OplogPosition.fromDocument(token);
        } else if (changeStream.get("resumeAfter") instanceof Document token) {
            start = OplogPosition.fromDocument(token);
        } else if (changeStream.get("startAtOperationTime") instanceof BsonTimestamp at) {
            start = new OplogPosition(at).inclusive();
        } else {
            start = new OplogPosition(now());
        }
        Tail cursor = new Tail(cursors.generateCursorId(), namespace, "updateLookup".equals(changeStream.get("fullDocument")),
                aggregation, start);
        cursors.add(cursor);
        return cursor;
    }

    /**
     * MongoDB's awaitData: a read of a change stream that would come back empty waits until
     * a write to its collection comes in, or {@code max} has passed. A replica set does this;
     * without it the app nodes would ask again and again (see the class comment).
     */
    void awaitWrites(long cursorId, Duration max) {
        Cursor cursor;
        try {
            cursor = cursors.getCursor(cursorId);
        } catch (CursorNotFoundException e) {
            return;
        }
        if (!(cursor instanceof Tail tail)) {
            return;
        }
        long until = System.nanoTime() + max.toNanos();
        synchronized (this) {
            long left;
            while (!tail.hasWrites() && (left = until - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A change stream's cursor: where it stands, and the writes after that. */
    private final class Tail extends AbstractCursor {

        private final String namespace;
        private final String commands;
        private final boolean lookUp;
        private final Aggregation aggregation;
        private volatile OplogPosition position;

        Tail(long id, String namespace, boolean lookUp, Aggregation aggregation, OplogPosition start) {
            super(id);
            this.namespace = namespace;
            this.commands = Utils.getDatabaseNameFromFullName(namespace) + "." + CMD;
            this.lookUp = lookUp;
            this.aggregation = aggregation;
            this.position = start;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        boolean hasWrites() {
            return after(position).findAny().isPresent();
        }

        /**
         * The changes after the position that pass the stream's pipeline (its
         * {@code $match}). The position moves past every write looked at, also those the
         * pipeline left out, as a replica set's stream does (its post-batch resume token):
         * else a node's stream, which leaves out the node's own writes, would find them
         * again at every read and never wait.
         */
        @Override
        public List<Document> takeDocuments(int numberToReturn) {
            List<Entry> examined = after(position).toList();
            Stream<Document> changes = aggregation.runStagesAsStream(examined.stream().map(e -> toChange(e, lookUp)));
            List<Document> taken = (numberToReturn > 0 ? changes.limit(numberToReturn) : changes).toList();
            if (numberToReturn > 0 && taken.size() == numberToReturn) {
                position = OplogPosition.fromDocument((Document) taken.getLast().get("_id"));
            } else if (!examined.isEmpty()) {
                position = new OplogPosition(examined.getLast().at());
            }
            return taken;
        }

        /** The writes to this stream's collection (and its database's commands) after a position, oldest first. */
        private Stream<Entry> after(OplogPosition from) {
            long at = Long.parseUnsignedLong(from.toHexString(), 16);
            return entries.tailMap(at, true).values().stream()
                    .filter(e -> new OplogPosition(e.at()).isAfter(from))
                    .filter(e -> e.namespace().equals(namespace) || e.namespace().equals(commands));
        }
    }

    private Document toChange(Entry e, boolean lookUp) {
        Document change = new Document("_id", new Document("_data", new OplogPosition(e.at()).toHexString()))
                .append("operationType", e.kind().description);
        if (e.kind() == Kind.DROP) {
            return change.append("clusterTime", e.at());
        }
        Document key = new Document("_id", e.id());
        Document full = switch (e.kind()) {
            case INSERT -> e.body();
            case UPDATE -> lookUp ? stored(e) : delta(e.body());
            default -> null;
        };
        return change.append("fullDocument", full).append("documentKey", key).append("clusterTime", e.at());
    }

    private Document stored(Entry e) {
        String database = Utils.getDatabaseNameFromFullName(e.namespace());
        String collection = Utils.getCollectionNameFromFullName(e.namespace());
        return backend.resolveDatabase(database).resolveCollection(collection, true).queryAllAsStream()
                .filter(d -> d.get("_id").equals(e.id()))
                .findFirst()
                .orElseGet(() -> delta(e.body()));
    }

    /** What an update set and unset (what the collection-backed oplog answers without a lookup). */
    private static Document delta(@Nullable Document update) {
        Document delta = new Document();
        if (update != null && update.get("$set") instanceof Document set) {
            delta.appendAll(set);
        }
        if (update != null && update.get("$unset") instanceof Document unset) {
            delta.appendAll(unset);
        }
        return delta;
    }
}
