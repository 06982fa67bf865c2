package nl.reflectiewerkplaats.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SlowStoreCommandsTests {

    @Test
    void aCommandOverTheThresholdIsLoggedWithItsCollectionAndOneUnderItIsNot(CapturedOutput output) {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient everything = client(address, Duration.ZERO);
             MongoClient onlySlow = client(address, Duration.ofMinutes(1))) {
            everything.getDatabase("rw").getCollection("dream_cards").insertOne(new Document("text", "een"));
            onlySlow.getDatabase("rw").getCollection("learning_points").insertOne(new Document("text", "twee"));
            everything.getDatabase("rw").getCollection("dream_cards").find().first();

            assertThat(output.getOut()).contains("Trage opslagopdracht: insert op dream_cards duurde")
                    .contains("Trage opslagopdracht: find op dream_cards duurde")
                    .doesNotContain("opslagopdracht: insert op learning_points");
        } finally {
            server.shutdownNow();
        }
    }

    private static MongoClient client(InetSocketAddress address, Duration threshold) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(new SlowStoreCommands.SlowCommandLog(threshold))
                .build());
    }
}
