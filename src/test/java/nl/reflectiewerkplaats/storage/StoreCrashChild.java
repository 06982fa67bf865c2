package nl.reflectiewerkplaats.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import org.bson.Document;

/**
 * Run in a separate JVM by {@link EmbeddedStoreDurabilityTests}: writes documents to
 * the embedded store one by one, each after its access-log entry as the app writes
 * them, and prints "ACK n" after each acknowledged write,
 * until it is killed.
 */
public final class StoreCrashChild {

    private StoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        MongoServer server = new MongoServer(new CommittingH2Backend(args[0]));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> cards = client.getDatabase("reflectiewerkplaats").getCollection("dream_cards");
            MongoCollection<Document> log = client.getDatabase("reflectiewerkplaats")
                    .getCollection(CommittingH2Backend.ACCESS_LOG);
            for (int n = 1; ; n++) {
                // as the app does: the access check's log entry first (not committed on its own), then the change
                log.insertOne(new Document("n", n).append("object", "DreamBoardService.addCard"));
                cards.insertOne(new Document("n", n).append("text", "kaart " + n));
                System.out.println("ACK " + n);
                System.out.flush();
                if (n >= 1000) {
                    Thread.sleep(60_000);
                }
            }
        }
    }
}
