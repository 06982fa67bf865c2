package nl.reflectiewerkplaats.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;

/**
 * The H2 (MVStore) file backend, committing after every write command, before the
 * answer goes back to the client. MVStore on its own commits in the background about
 * once a second, so an acknowledged change could be lost if the process is killed;
 * with this it survives a {@code kill -9}.
 *
 * <p>One exception: an insert into the access log is not committed on its own. The
 * access check writes its entry <em>before</em> the change it allowed, and an MVStore
 * commit persists every map at once, so the commit of that change carries the entry
 * with it: no change survives a {@code kill -9} without its log entry, and a change
 * costs one commit instead of two. An entry with no change after it (a read, a
 * refusal) is committed by the next write or MVStore's own commit within a second.
 */
class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of(
            "insert", "update", "delete", "findandmodify", "create", "drop", "createindexes", "dropindexes",
            "dropdatabase", "renamecollection");

    /** The access log's collection (see {@code access.AccessLog}). */
    static final String ACCESS_LOG = "access_log";

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document result = super.handleCommand(channel, database, command, query);
        String name = command.toLowerCase(Locale.ROOT);
        if (WRITES.contains(name) && !(name.equals("insert") && ACCESS_LOG.equals(query.get(command)))) {
            commit();
        }
        return result;
    }
}
