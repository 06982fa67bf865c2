package nl.reflectiewerkplaats.live;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of a node among several: ready only while its change stream is open, so a
 * load balancer sends no new sessions to a node that would not see the others' changes.
 * Exposed as the health component {@code liveStream} in the readiness group.
 */
@Component("liveStream")
@ConditionalOnBean(ChangeStreamRelay.class)
class LiveStreamHealth implements HealthIndicator {

    private final ChangeStreamRelay relay;

    LiveStreamHealth(ChangeStreamRelay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        return relay.isStreaming() ? Health.up().build() : Health.outOfService().build();
    }
}
