package nl.reflectiewerkplaats.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * A MongoDB-compatible server that several app nodes share, as a replica set would be
 * shared: the embedded server (mongo-java-server) on a port, with its oplog on so that it
 * offers a change stream. Its change stream is a simplified one: inserts, updates and
 * deletes of a collection, {@code resumeAfter} a token it gave out; it keeps its whole
 * oplog, so it never says a token is too old, and it has no TTL indexes. A real replica
 * set is tested with Testcontainers where Docker runs.
 */
public final class ClusterStore implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private ClusterStore(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Starts the server on a free port, keeping its data in a file under {@code folder}. */
    public static ClusterStore start(Path folder) {
        H2Backend backend = new H2Backend(folder.resolve("cluster.mv").toString());
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new ClusterStore(server, server.getLocalAddress());
    }

    /** The URI the app nodes get as {@code spring.mongodb.uri}. */
    public String uri() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/reflectiewerkplaats";
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
