package nl.reflectiewerkplaats.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no MongoDB URI configured ({@code spring.mongodb.uri}, env
 * {@code SPRING_MONGODB_URI}), starts an embedded MongoDB-compatible server
 * (mongo-java-server) that keeps its data in one file under the data folder
 * ({@code reflectiewerkplaats.data-dir}, env {@code REFLECTIEWERKPLAATS_DATA_DIR}).
 * Every write is committed to the file before the client gets its answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(@Value("${reflectiewerkplaats.data-dir}") String dataDir) {
        Path folder = Path.of(dataDir).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de datamap niet aanmaken: " + folder, e);
        }
        Path file = folder.resolve("reflectiewerkplaats.mv");
        MongoServer server = new MongoServer(new CommittingH2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        log.info("Ingebouwde opslag (geen MongoDB-URI ingesteld): {}", file);
        return server;
    }

    /** The client of the embedded server; command listeners (monitoring, tests) see every command it sends. */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server, ObjectProvider<CommandListener> listeners) {
        InetSocketAddress address = server.getLocalAddress();
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://" + address.getHostString() + ":" + address.getPort()));
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }
}
