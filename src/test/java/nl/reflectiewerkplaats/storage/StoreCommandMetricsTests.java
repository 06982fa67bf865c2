package nl.reflectiewerkplaats.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import nl.reflectiewerkplaats.support.StoreTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * No Micrometer timer runs around each store command or connection checkout: nothing
 * reads them, and on the live path (every read of the change stream, every store command
 * of a change) they cost processor time (application.properties).
 */
@StoreTest
class StoreCommandMetricsTests {

    @Autowired
    MeterRegistry registry;
    @Autowired
    MongoTemplate mongo;

    @Test
    void storeCommandsAreNotTimedOneByOne() {
        mongo.getCollection("metrics_probe").insertOne(new Document("n", 1));
        assertThat(mongo.getCollection("metrics_probe").find().first()).containsEntry("n", 1);

        assertThat(registry.find("mongodb.driver.commands").meters()).as("command timers").isEmpty();
        assertThat(registry.find("mongodb.driver.pool.checkedout").meters()).as("connection pool gauges").isEmpty();
        assertThat(registry.getMeters()).as("the registry is there and holds other meters").isNotEmpty();
    }
}
