package nl.reflectiewerkplaats.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one path by which a stored change reaches every open view of a case.
 *
 * <p>Features publish a {@link CaseEvent} after storing; this broadcaster takes it
 * from the publisher's thread at once (it only queues) and delivers it to each
 * subscriber of that case on its own virtual thread, in order per subscriber, so no
 * view waits for another and the writer waits for none. An open view holds one
 * subscription (see {@code live.ui.LiveUpdates}), which takes everything queued for it
 * in one batch, so a burst of changes costs one round trip to its browser.
 *
 * <p>Before delivering, it asks whether the subscriber's actor may read the case and
 * whether the event is visible to that actor. The access decision is taken once per
 * subscription and kept until an event that {@linkplain CaseEvent#changesAccess()
 * changes access} to the case arrives (a meeting closed, a link renewed), and at most
 * {@link #ACCESS_RECHECK} in any case (an invite link also ends by the clock). A
 * decision close to that age is taken afresh in the background ({@link #REFRESH_EVERY}),
 * so a change on its way to a view does not wait for the store; a decision that
 * ran out all the same is taken again before anything is delivered.
 *
 * <p>Events from another app node (e.g. read from a MongoDB change stream) enter
 * through {@link #deliver(CaseEvent)} just like local ones.
 */
@Component
public class CaseBroadcaster implements DisposableBean {

    /** How long an access decision is kept at most when nothing about the case's people changed. */
    public static final Duration ACCESS_RECHECK = Duration.ofSeconds(15);
    /** How often decisions that run out within twice this time are taken afresh, off the delivery path. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(4);

    private static final Logger log = LoggerFactory.getLogger(CaseBroadcaster.class);

    private final Map<String, Set<Subscriber>> subscribersByCase = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService refresher;
    private final AccessPolicy access;
    private final LongSupplier nanoClock;

    @Autowired
    CaseBroadcaster(AccessPolicy access) {
        this(access, System::nanoTime, true);
    }

    /** @param refreshInBackground false in tests that call {@link #refreshDecisions()} themselves */
    CaseBroadcaster(AccessPolicy access, LongSupplier nanoClock, boolean refreshInBackground) {
        this.access = access;
        this.nanoClock = nanoClock;
        if (refreshInBackground) {
            refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("access-refresh").factory());
            long period = REFRESH_EVERY.toMillis();
            refresher.scheduleWithFixedDelay(this::refreshDecisionsSafely, period, period, TimeUnit.MILLISECONDS);
        } else {
            refresher = null;
        }
    }

    /**
     * Subscribes a listener to a case's events, one at a time.
     *
     * @return call {@link Subscription#cancel()} when the listener is done
     */
    public Subscription subscribe(String caseId, Actor actor, Consumer<CaseEvent> listener) {
        return subscribe(caseId, actor, CaseEvent.class, listener::accept);
    }

    /** Subscribes to one kind of event only; the others are not even checked for it. */
    public <E extends CaseEvent> Subscription subscribe(String caseId, Actor actor, Class<E> type,
                                                        Consumer<? super E> listener) {
        return subscribeBatches(caseId, actor, type::isInstance,
                batch -> batch.forEach(event -> listener.accept(type.cast(event))));
    }

    /**
     * Subscribes one open view: everything queued for it since the last delivery comes
     * in one list, in the order it was stored, already filtered for access and
     * visibility.
     *
     * @param interest which events the view has a use for; others are dropped before any check
     */
    public Subscription subscribeBatches(String caseId, Actor actor, Predicate<CaseEvent> interest,
                                         Consumer<List<CaseEvent>> listener) {
        Subscriber subscriber = new Subscriber(caseId, actor, interest, listener);
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
        boolean accessChanged = event.changesAccess();
        for (Subscriber subscriber : subscribers) {
            if (accessChanged) {
                // before queuing: this event and all that are still queued are judged afresh
                subscriber.forgetAccess();
            }
            if (subscriber.interest.test(event)) {
                subscriber.enqueue(event);
            }
        }
    }

    /** Queues an event made per case for every case that has an open view (e.g. {@link LiveGap}). */
    public void deliverToAll(Function<String, CaseEvent> eventOfCase) {
        for (String caseId : List.copyOf(subscribersByCase.keySet())) {
            deliver(eventOfCase.apply(caseId));
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

    /**
     * Takes afresh, one after another, every access decision that runs out within two
     * refresh periods, for the views that took changes lately, so that their next
     * deliveries find a current one. A decision taken while an
     * access-changing event arrived is not used (see {@link Subscriber#forgetAccess()}).
     */
    void refreshDecisions() {
        long now = nanoClock.getAsLong();
        long soon = now + 2 * REFRESH_EVERY.toNanos();
        for (Set<Subscriber> subscribers : subscribersByCase.values()) {
            for (Subscriber subscriber : subscribers) {
                // only views that took changes lately: a quiet view asks again when the next change comes
                if (!subscriber.cancelled && now - subscriber.lastAsked < ACCESS_RECHECK.toNanos()) {
                    subscriber.refreshDecisionsRunningOutBefore(soon);
                }
            }
        }
    }

    private void refreshDecisionsSafely() {
        try {
            refreshDecisions();
        } catch (RuntimeException e) {
            // the delivery path decides again itself when a decision ran out
            log.warn("Toegangsbeslissingen niet vooraf vernieuwd", e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** One open view: its own queue, drained on a virtual thread, a batch at a time. */
    private final class Subscriber {
        private final String caseId;
        private final Actor actor;
        private final Predicate<CaseEvent> interest;
        private final Consumer<List<CaseEvent>> listener;
        private final Queue<CaseEvent> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();
        /** Access decisions: action → (allowed, valid until nanoTime, taken in which generation). */
        private final Map<CaseAction, Decision> decisions = new ConcurrentHashMap<>();
        /** Raised by every access-changing event: decisions of an older generation are not used. */
        private final AtomicLong generation = new AtomicLong();
        private volatile boolean cancelled;
        /** When a delivery last needed a decision (nanoTime). */
        private volatile long lastAsked;

        Subscriber(String caseId, Actor actor, Predicate<CaseEvent> interest, Consumer<List<CaseEvent>> listener) {
            this.caseId = caseId;
            this.actor = actor;
            this.interest = interest;
            this.listener = listener;
        }

        void enqueue(CaseEvent event) {
            queue.add(event);
            scheduleDrain();
        }

        void forgetAccess() {
            generation.incrementAndGet();
        }

        /** In the background: decisions that run out before {@code soon} are taken afresh. */
        void refreshDecisionsRunningOutBefore(long soon) {
            for (Map.Entry<CaseAction, Decision> entry : decisions.entrySet()) {
                if (entry.getValue().validUntil - soon < 0) {
                    decide(entry.getKey());
                }
            }
        }

        /**
         * Asks the access policy and keeps the answer. The generation is read before
         * asking: if access changed meanwhile, the answer carries the older generation
         * and is not used.
         */
        private Decision decide(CaseAction action) {
            long taken = generation.get();
            boolean allowed = access.allows(actor, caseId, action);
            Decision decision = new Decision(allowed, nanoClock.getAsLong() + ACCESS_RECHECK.toNanos(), taken);
            decisions.merge(action, decision, (old, fresh) -> fresh.generation >= old.generation ? fresh : old);
            return decision;
        }

        private void scheduleDrain() {
            if (draining.compareAndSet(false, true)) {
                try {
                    executor.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    draining.set(false);
                }
            }
        }

        private void drain() {
            try {
                List<CaseEvent> batch = new ArrayList<>();
                CaseEvent event;
                while (!cancelled && (event = queue.poll()) != null) {
                    if (mayReceive(event)) {
                        batch.add(event);
                    }
                }
                if (!batch.isEmpty() && !cancelled) {
                    try {
                        listener.accept(batch);
                    } catch (RuntimeException e) {
                        log.warn("A view could not take a live update for case {}", caseId, e);
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
            return !event.carriesCaseData() || allowed(event.requiredAction());
        }

        private boolean allowed(CaseAction action) {
            long now = nanoClock.getAsLong();
            lastAsked = now;
            Decision decision = decisions.get(action);
            if (decision == null || decision.generation != generation.get() || now - decision.validUntil > 0) {
                decision = decide(action);
            }
            return decision.allowed;
        }
    }

    private record Decision(boolean allowed, long validUntil, long generation) {
    }

    /** An open subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
