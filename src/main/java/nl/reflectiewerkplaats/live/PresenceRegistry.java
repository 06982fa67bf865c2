package nl.reflectiewerkplaats.live;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has which meeting open, per open view (a person with two tabs counts once).
 * A view leaves when it closes; a view whose browser stopped sending heartbeats is
 * swept out after {@code reflectiewerkplaats.presence.timeout}. Every change is
 * published as a {@link PresenceChanged} on the one live path.
 */
@Component
public class PresenceRegistry {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration timeout;

    PresenceRegistry(ApplicationEventPublisher events, Clock clock,
                     @Value("${reflectiewerkplaats.presence.timeout:25s}") Duration timeout) {
        this.events = events;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * Registers one open view.
     *
     * @param lastSeenMillis when the view last showed a sign of life (epoch millis)
     * @return the key to pass to {@link #leave(String)}
     */
    public String enter(String caseId, String meetingId, Presence who, LongSupplier lastSeenMillis) {
        String key = UUID.randomUUID().toString();
        entries.put(key, new Entry(caseId, meetingId, who, lastSeenMillis));
        announce(caseId, meetingId);
        return key;
    }

    public void leave(String key) {
        Entry removed = entries.remove(key);
        if (removed != null) {
            announce(removed.caseId, removed.meetingId);
        }
    }

    /** Present people of a meeting, facilitators first, then by name; one line per person. */
    public List<Presence> present(String meetingId) {
        Map<String, Presence> byActor = new LinkedHashMap<>();
        entries.values().stream()
                .filter(e -> e.meetingId.equals(meetingId))
                .forEach(e -> byActor.putIfAbsent(e.who.actorId(), e.who));
        List<Presence> list = new ArrayList<>(byActor.values());
        list.sort(Comparator.comparing(Presence::facilitator).reversed()
                .thenComparing(Presence::displayName, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** Removes views whose browser has gone quiet (a closed tab, a lost connection). */
    @Scheduled(fixedDelayString = "${reflectiewerkplaats.presence.sweep-interval:2s}")
    public void sweep() {
        long cutoff = clock.millis() - timeout.toMillis();
        entries.forEach((key, entry) -> {
            if (entry.lastSeenMillis.getAsLong() < cutoff) {
                leave(key);
            }
        });
    }

    private void announce(String caseId, String meetingId) {
        events.publishEvent(new PresenceChanged(caseId, meetingId, present(meetingId)));
    }

    private record Entry(String caseId, String meetingId, Presence who, LongSupplier lastSeenMillis) {
    }
}
