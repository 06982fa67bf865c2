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
 *
 * <p>With several app nodes, each node also tells the others who is present on it
 * ({@link NodePresence}, through the change stream), when that changes and every few
 * seconds; a node's list counts until it has been quiet for the same timeout.
 */
@Component
public class PresenceRegistry {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Other nodes' lists: meetingId → node → (list, when received). */
    private final Map<String, Map<String, Remote>> remote = new ConcurrentHashMap<>();
    private volatile String nodeId = "";
    private int sweeps;
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

    /** Present people of a meeting on any node, facilitators first, then by name; one line per person. */
    public List<Presence> present(String meetingId) {
        Map<String, Presence> byActor = new LinkedHashMap<>();
        localPresent(meetingId).forEach(p -> byActor.putIfAbsent(p.actorId(), p));
        long cutoff = clock.millis() - timeout.toMillis();
        remote.getOrDefault(meetingId, Map.of()).values().stream().filter(r -> r.receivedAt >= cutoff)
                .forEach(r -> r.present.forEach(p -> byActor.putIfAbsent(p.actorId(), p)));
        return sorted(byActor);
    }

    private List<Presence> localPresent(String meetingId) {
        Map<String, Presence> byActor = new LinkedHashMap<>();
        entries.values().stream()
                .filter(e -> e.meetingId.equals(meetingId))
                .forEach(e -> byActor.putIfAbsent(e.who.actorId(), e.who));
        return sorted(byActor);
    }

    private static List<Presence> sorted(Map<String, Presence> byActor) {
        List<Presence> list = new ArrayList<>(byActor.values());
        list.sort(Comparator.comparing(Presence::facilitator).reversed()
                .thenComparing(Presence::displayName, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    /** Removes views whose browser has gone quiet (a closed tab, a lost connection) and nodes that went quiet. */
    @Scheduled(fixedDelayString = "${reflectiewerkplaats.presence.sweep-interval:2s}")
    public void sweep() {
        long cutoff = clock.millis() - timeout.toMillis();
        entries.forEach((key, entry) -> {
            if (entry.lastSeenMillis.getAsLong() < cutoff) {
                leave(key);
            }
        });
        remote.forEach((meetingId, nodes) -> nodes.forEach((node, r) -> {
            if (r.receivedAt < cutoff && nodes.remove(node, r)) {
                events.publishEvent(new PresenceChanged(r.caseId, meetingId, present(meetingId)));
            }
        }));
        if (!nodeId.isEmpty() && ++sweeps % 4 == 0) {
            // heartbeat to the other nodes: who is here
            entries.values().stream().map(e -> Map.entry(e.meetingId, e.caseId)).distinct()
                    .forEach(m -> events.publishEvent(new NodePresence(m.getValue(), m.getKey(), nodeId, localPresent(m.getKey()))));
        }
    }

    /** With several nodes: this node's name, so that it tells the others who is present here. */
    void joinCluster(String nodeId) {
        this.nodeId = nodeId;
    }

    /** Another node's list for a meeting (from the change stream). */
    void remote(NodePresence presence) {
        Map<String, Remote> nodes = remote.computeIfAbsent(presence.meetingId(), id -> new ConcurrentHashMap<>());
        Remote before = nodes.put(presence.node(), new Remote(presence.caseId(), presence.present(), clock.millis()));
        if (before == null || !before.present.equals(presence.present())) {
            events.publishEvent(new PresenceChanged(presence.caseId(), presence.meetingId(), present(presence.meetingId())));
        }
    }

    private void announce(String caseId, String meetingId) {
        events.publishEvent(new PresenceChanged(caseId, meetingId, present(meetingId)));
        if (!nodeId.isEmpty()) {
            events.publishEvent(new NodePresence(caseId, meetingId, nodeId, localPresent(meetingId)));
        }
    }

    private record Remote(String caseId, List<Presence> present, long receivedAt) {
    }

    private record Entry(String caseId, String meetingId, Presence who, LongSupplier lastSeenMillis) {
    }
}
