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
 */
class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of(
            "insert", "update", "delete", "findandmodify", "create", "drop", "createindexes", "dropindexes",
            "dropdatabase", "renamecollection");

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document result = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return result;
    }
}
