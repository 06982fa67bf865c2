package nl.reflectiewerkplaats.support;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.CaseEvent;

/** A test's open view of a case on the live path, and waiting for what it receives. */
public final class LiveEvents {

    /** How long a test waits for an event before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private LiveEvents() {
    }

    /** Subscribes as {@code actor} to the case's events; what arrives is queued in order. */
    public static BlockingQueue<CaseEvent> view(CaseBroadcaster broadcaster, String caseId, Actor actor) {
        BlockingQueue<CaseEvent> seen = new LinkedBlockingQueue<>();
        broadcaster.subscribe(caseId, actor, seen::add);
        return seen;
    }

    /** The next event the view receives, of whatever type; fails when none came within {@link #PATIENCE}. */
    public static CaseEvent next(BlockingQueue<CaseEvent> seen) throws InterruptedException {
        return next(seen, CaseEvent.class);
    }

    /** The next event of this type the view receives (others are passed over); fails after {@link #PATIENCE}. */
    public static <E> E next(BlockingQueue<CaseEvent> seen, Class<E> type) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            CaseEvent event = seen.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + PATIENCE.toSeconds() + " s");
    }
}
