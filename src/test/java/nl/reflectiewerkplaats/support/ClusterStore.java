package nl.reflectiewerkplaats.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A MongoDB-compatible server that several app nodes share, as a replica set would be
 * shared: the embedded server (mongo-java-server) on a port, with an oplog so that it
 * offers a change stream. Its change stream is a simplified one: inserts, updates and
 * deletes of a collection, {@code resumeAfter} a token it gave out; it keeps its whole
 * oplog, so it never says a token is too old, and it has no TTL indexes. The oplog is
 * {@link TailedOplog}: like a replica set's, a read of a stream waits for a write and reads
 * from the stream's position on (the server's own answers at once and reads all writes
 * ever made for every read). A real replica set is tested with Testcontainers where
 * Docker runs.
 */
public final class ClusterStore implements AutoCloseable {

    /**
     * How long a read of a change stream waits at most for a write (the client asks for its
     * maxAwaitTime; the app's is 500 ms). Short, because the wait holds the server thread of
     * the stream's connection, which a later connection may share (see below).
     */
    private static final Duration LONGEST_WAIT = Duration.ofMillis(200);
    /**
     * The server's threads for connections; each connection is given the next in turn, so
     * the first {@value} connections each have their own, and a waiting read holds up no
     * other (the threads start when first given a connection).
     */
    private static final int CONNECTION_THREADS = 256;

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Backend backend;

    private ClusterStore(MongoServer server, InetSocketAddress address, Backend backend) {
        this.server = server;
        this.address = address;
        this.backend = backend;
    }

    /** The H2 backend with {@link TailedOplog} as its oplog. */
    private static final class Backend extends H2Backend {

        private @Nullable TailedOplog tailed;

        Backend(String fileName) {
            super(fileName);
        }

        @Override
        protected Document handleGetMore(String databaseName, String command, Document query) {
            TailedOplog oplog = tailed;
            if (oplog != null && query.get(command) instanceof Number cursorId) {
                long asked = query.get("maxTimeMS") instanceof Number ms ? ms.longValue() : 0;
                oplog.awaitWrites(cursorId.longValue(), Duration.ofMillis(Math.min(asked, LONGEST_WAIT.toMillis())));
            }
            return super.handleGetMore(databaseName, command, query);
        }

        @Override
        protected Oplog createOplog() {
            TailedOplog made = new TailedOplog(this, getCursorRegistry(), getClock());
            tailed = made;
            return made;
        }
    }

    /** Starts the server on a free port, keeping its data in a file under {@code folder}. */
    public static ClusterStore start(Path folder) {
        Backend backend = new Backend(folder.resolve("cluster.mv").toString());
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        // a read that waits for data holds the thread of its connection; every connection its own thread
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, CONNECTION_THREADS);
        return new ClusterStore(server, server.getLocalAddress(), backend);
    }

    /** The URI the app nodes get as {@code spring.mongodb.uri}. */
    public String uri() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/reflectiewerkplaats";
    }

    /** How many writes the oplog holds (every write to the server since it started). */
    public int oplogSize() {
        TailedOplog oplog = backend.tailed;
        return oplog == null ? 0 : oplog.size();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
