package nl.reflectiewerkplaats.live;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one path by which a stored change reaches every open view of a case.
 *
 * <p>Features publish a {@link CaseEvent} after storing; this broadcaster takes it
 * from the publisher's thread at once (it only queues) and delivers it to each
 * subscriber of that case on its own virtual thread, in order per subscriber, so no
 * view waits for another and the writer waits for none. Before delivering, it asks
 * the {@link AccessPolicy} whether the subscriber's actor may read the case, and the
 * event whether it is visible to that actor.
 *
 * <p>Events from another app node (e.g. read from a MongoDB change stream) enter
 * through {@link #deliver(CaseEvent)} just like local ones.
 */
@Component
public class CaseBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CaseBroadcaster.class);

    private final Map<String, Set<Subscriber>> subscribersByCase = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AccessPolicy access;

    CaseBroadcaster(AccessPolicy access) {
        this.access = access;
    }

    /**
     * Subscribes a listener (one open view) to a case's events.
     *
     * @return call {@link Subscription#cancel()} when the view closes
     */
    public Subscription subscribe(String caseId, Actor actor, Consumer<CaseEvent> listener) {
        return subscribe(caseId, actor, CaseEvent.class, listener::accept);
    }

    /** Subscribes to one kind of event only; the others are not even checked for it. */
    public <E extends CaseEvent> Subscription subscribe(String caseId, Actor actor, Class<E> type,
                                                        Consumer<? super E> listener) {
        Subscriber subscriber = new Subscriber(caseId, actor, type, event -> listener.accept(type.cast(event)));
        subscribersByCase.computeIfAbsent(caseId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> unsubscribe(subscriber);
    }

    @EventListener
    public void onCaseEvent(CaseEvent event) {
        deliver(event);
    }

    /** Queues the event for every subscriber of its case; returns at once. */
    public void deliver(CaseEvent event) {
        Set<Subscriber> subscribers = subscribersByCase.get(event.caseId());
        if (subscribers == null) {
            return;
        }
        for (Subscriber subscriber : subscribers) {
            if (subscriber.type.isInstance(event)) {
                subscriber.enqueue(event);
            }
        }
    }

    /** Open subscriptions over all cases (for tests and monitoring). */
    public int subscriberCount() {
        return subscribersByCase.values().stream().mapToInt(Set::size).sum();
    }

    public int subscriberCount(String caseId) {
        Set<Subscriber> subscribers = subscribersByCase.get(caseId);
        return subscribers == null ? 0 : subscribers.size();
    }

    private void unsubscribe(Subscriber subscriber) {
        subscriber.cancelled = true;
        subscribersByCase.computeIfPresent(subscriber.caseId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One open view: its own queue, drained on a virtual thread, one event at a time. */
    private final class Subscriber {
        private final String caseId;
        private final Actor actor;
        private final Class<? extends CaseEvent> type;
        private final Consumer<CaseEvent> listener;
        private final Queue<CaseEvent> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();
        private volatile boolean cancelled;

        Subscriber(String caseId, Actor actor, Class<? extends CaseEvent> type, Consumer<CaseEvent> listener) {
            this.caseId = caseId;
            this.actor = actor;
            this.type = type;
            this.listener = listener;
        }

        void enqueue(CaseEvent event) {
            queue.add(event);
            scheduleDrain();
        }

        private void scheduleDrain() {
            if (draining.compareAndSet(false, true)) {
                try {
                    executor.execute(this::drain);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    draining.set(false);
                }
            }
        }

        private void drain() {
            try {
                CaseEvent event;
                while (!cancelled && (event = queue.poll()) != null) {
                    if (mayReceive(event)) {
                        try {
                            listener.accept(event);
                        } catch (RuntimeException e) {
                            log.warn("A view could not take a live update for case {}", caseId, e);
                        }
                    }
                }
            } finally {
                draining.set(false);
                if (!cancelled && !queue.isEmpty()) {
                    scheduleDrain();
                }
            }
        }

        private boolean mayReceive(CaseEvent event) {
            if (!event.visibleTo(actor)) {
                return false;
            }
            return !event.carriesCaseData() || access.allows(actor, caseId, event.requiredAction());
        }
    }

    /** An open subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
