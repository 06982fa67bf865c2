package nl.reflectiewerkplaats.storage;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes a warning for every store command that takes longer than
 * {@code reflectiewerkplaats.storage.slow-command} (default 500 ms): which command, on
 * which collection, how long. For operators (a slow disk, a missing index) and for the
 * benchmark, which sets the threshold low to see what a change waits for. With the
 * embedded store the client takes it as a command listener; with a MongoDB URI through
 * Spring Boot's client settings.
 */
@Configuration(proxyBeanMethods = false)
class SlowStoreCommands {

    @Bean
    SlowCommandLog slowCommandLog(@Value("${reflectiewerkplaats.storage.slow-command:500ms}") Duration threshold) {
        return new SlowCommandLog(threshold);
    }

    @Bean
    MongoClientSettingsBuilderCustomizer slowCommandLogOnUri(SlowCommandLog log) {
        return settings -> settings.addCommandListener(log);
    }

    static final class SlowCommandLog implements CommandListener {

        private static final Logger log = LoggerFactory.getLogger(SlowStoreCommands.class);

        private final long thresholdNanos;
        /** The collection of each command on its way, by request id. */
        private final Map<Integer, String> collections = new ConcurrentHashMap<>();

        SlowCommandLog(Duration threshold) {
            this.thresholdNanos = threshold.toNanos();
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            collections.put(event.getRequestId(), target != null && target.isString() ? target.asString().getValue() : "");
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            done(event.getRequestId(), event.getCommandName(), event.getElapsedTime(TimeUnit.NANOSECONDS));
        }

        @Override
        public void commandFailed(CommandFailedEvent event) {
            done(event.getRequestId(), event.getCommandName(), event.getElapsedTime(TimeUnit.NANOSECONDS));
        }

        private void done(int requestId, String command, long nanos) {
            String collection = collections.remove(requestId);
            if (nanos >= thresholdNanos) {
                log.warn("Trage opslagopdracht: {} op {} duurde {} ms", command, collection, nanos / 1_000_000);
            }
        }
    }
}
