package nl.reflectiewerkplaats.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write to the embedded store survives a kill -9 of the process, and
 * so does the access-log entry written before it (which is not committed on its own).
 */
class EmbeddedStoreDurabilityTests {

    @Test
    void acknowledgedWritesSurviveKillMinus9(@TempDir Path dir) throws Exception {
        String file = dir.resolve("store.mv").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreCrashChild.class.getName(), file)
                .redirectErrorStream(true)
                .start();
        int lastAcknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAcknowledged = Integer.parseInt(line.substring(4).strip());
                    if (lastAcknowledged >= 200) {
                        break;
                    }
                }
            }
            // SIGKILL, while it is still writing: no shutdown hook, no close, no final commit
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcknowledged).as("the child wrote and acknowledged").isGreaterThanOrEqualTo(200);

        MongoServer server = new MongoServer(new H2Backend(file));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                var cards = client.getDatabase("reflectiewerkplaats").getCollection("dream_cards");
                long count = cards.countDocuments();
                assertThat(count).as("every acknowledged card is in the file").isGreaterThanOrEqualTo(lastAcknowledged);
                var log = client.getDatabase("reflectiewerkplaats").getCollection(CommittingH2Backend.ACCESS_LOG);
                for (int n = 1; n <= lastAcknowledged; n++) {
                    assertThat(cards.find(new Document("n", n)).first()).as("card %d", n).isNotNull();
                    assertThat(log.find(new Document("n", n)).first()).as("the access-log entry of card %d", n)
                            .isNotNull();
                }
                // every card in the file, acknowledged or not, has its log entry: none survived without it
                for (Document card : cards.find()) {
                    assertThat(log.find(new Document("n", card.get("n"))).first())
                            .as("log entry of stored card %s", card.get("n")).isNotNull();
                }
            }
        } finally {
            server.shutdownNow();
        }
    }
}
