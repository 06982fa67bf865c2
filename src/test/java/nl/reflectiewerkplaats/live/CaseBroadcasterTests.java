package nl.reflectiewerkplaats.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.CaseMembership;
import nl.reflectiewerkplaats.casework.MeetingAccessChanged;

@StoreTest
class CaseBroadcasterTests {

    @Autowired
    CaseBroadcaster broadcaster;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    record Ping(String caseId, int n) implements CaseEvent {
    }

    record Secret(String caseId, String onlyFor) implements CaseEvent {
        @Override
        public boolean visibleTo(Actor actor) {
            return actor.id().equals(onlyFor);
        }
    }

    @Test
    void aStuckViewDelaysNeitherTheWriterNorTheOtherViews() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherGotIt = new CountDownLatch(1);
        var stuck = broadcaster.subscribe(theCase.getId(), facilitator, e -> {
            try {
                release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        var other = broadcaster.subscribe(theCase.getId(), facilitator, e -> otherGotIt.countDown());
        try {
            Thread writer = Thread.ofPlatform().start(() -> events.publishEvent(new Ping(theCase.getId(), 1)));
            writer.join(5_000);
            assertThat(writer.isAlive()).as("the writer returned while one view is stuck").isFalse();
            assertThat(otherGotIt.await(5, TimeUnit.SECONDS)).as("the other view got the change").isTrue();
        } finally {
            release.countDown();
            stuck.cancel();
            other.cancel();
        }
    }

    @Test
    void eachViewGetsChangesInTheOrderTheyWereStored() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(200);
        var sub = broadcaster.subscribe(theCase.getId(), facilitator, Ping.class, p -> {
            seen.add(p.n());
            all.countDown();
        });
        try {
            for (int i = 0; i < 200; i++) {
                events.publishEvent(new Ping(theCase.getId(), i));
            }
            assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).isSorted().hasSize(200);
        } finally {
            sub.cancel();
        }
    }

    /** Carries no case data, so every open view of the case gets it: a later message on the same channel. */
    record Marker(String caseId, int n) implements CaseEvent {
        @Override
        public boolean carriesCaseData() {
            return false;
        }
    }

    /** Subscribes to everything and hands back what arrived up to (not including) the marker. */
    static final class Recorder implements Consumer<CaseEvent> {
        final List<CaseEvent> received = new CopyOnWriteArrayList<>();
        final LinkedBlockingQueue<Marker> markers = new LinkedBlockingQueue<>();

        @Override
        public void accept(CaseEvent event) {
            if (event instanceof Marker m) {
                markers.add(m);
            } else {
                received.add(event);
            }
        }

        /** Waits until the marker sent after everything else has arrived on this channel. */
        List<CaseEvent> upTo(int marker) throws InterruptedException {
            Marker m = markers.poll(5, TimeUnit.SECONDS);
            assertThat(m).as("the later marker arrived on the same channel").isNotNull();
            assertThat(m.n()).isEqualTo(marker);
            return List.copyOf(received);
        }
    }

    @Test
    void onlyThoseWhoMayReadTheCaseReceiveItsChanges() throws Exception {
        Actor.Participant inside = data.participant(meeting, "Lotte");
        Actor.Participant other = data.participant(meeting, "Mo");
        Actor.Facilitator stranger = data.facilitator();
        Recorder insideSaw = new Recorder();
        Recorder strangerSaw = new Recorder();
        Recorder otherSaw = new Recorder();
        var a = broadcaster.subscribe(theCase.getId(), inside, insideSaw);
        var b = broadcaster.subscribe(theCase.getId(), stranger, strangerSaw);
        var c = broadcaster.subscribe(theCase.getId(), other, otherSaw);
        try {
            events.publishEvent(new Ping(theCase.getId(), 1));
            events.publishEvent(new Secret(theCase.getId(), inside.id()));
            events.publishEvent(new Secret(theCase.getId(), other.id()));
            events.publishEvent(new Ping(theCase.getId(), 2));
            events.publishEvent(new Marker(theCase.getId(), 1));
            assertThat(insideSaw.upTo(1)).containsExactly(new Ping(theCase.getId(), 1),
                    new Secret(theCase.getId(), inside.id()), new Ping(theCase.getId(), 2));
            assertThat(otherSaw.upTo(1)).containsExactly(new Ping(theCase.getId(), 1),
                    new Secret(theCase.getId(), other.id()), new Ping(theCase.getId(), 2));
            assertThat(strangerSaw.upTo(1)).as("a facilitator of another case gets no case data").isEmpty();
        } finally {
            a.cancel();
            b.cancel();
            c.cancel();
        }
    }

    @Test
    void aParticipantOfAClosedMeetingReceivesNoMoreCaseData() throws Exception {
        Actor.Participant p = data.participant(meeting, "Noor");
        Recorder saw = new Recorder();
        var sub = broadcaster.subscribe(theCase.getId(), p, saw);
        try {
            events.publishEvent(new Ping(theCase.getId(), 6));
            events.publishEvent(new Marker(theCase.getId(), 1));
            assertThat(saw.upTo(1)).as("while the link is open, changes arrive (and access is decided)")
                    .containsExactly(new Ping(theCase.getId(), 6));
            meetings.setInviteOpen(facilitator, meeting.getId(), false);
            events.publishEvent(new Ping(theCase.getId(), 7));
            events.publishEvent(new Marker(theCase.getId(), 2));
            List<CaseEvent> after = saw.upTo(2);
            assertThat(after).as("told that the meeting closed")
                    .anyMatch(e -> e instanceof MeetingAccessChanged);
            assertThat(after).as("the decision taken while open was not kept").doesNotContain(new Ping(theCase.getId(), 7));
        } finally {
            sub.cancel();
        }
    }

    @Autowired
    CaseMembership membership;

    /** The real membership look-up, counted, and with a way to take someone out without any event. */
    static final class CountingMembership implements CaseMembership {
        final CaseMembership real;
        final AtomicInteger asked = new AtomicInteger();
        final Set<String> revoked = ConcurrentHashMap.newKeySet();

        CountingMembership(CaseMembership real) {
            this.real = real;
        }

        @Override
        public boolean isFacilitatorOf(String accountId, String caseId) {
            asked.incrementAndGet();
            return !revoked.contains(accountId) && real.isFacilitatorOf(accountId, caseId);
        }

        @Override
        public boolean isMeetingOf(String meetingId, String caseId) {
            return real.isMeetingOf(meetingId, caseId);
        }

        @Override
        public boolean isActiveParticipantOf(String participantId, String caseId) {
            asked.incrementAndGet();
            boolean answer = !revoked.contains(participantId) && real.isActiveParticipantOf(participantId, caseId);
            CountDownLatch hold = holdNextAnswer.getAndSet(null);
            if (hold != null) {
                answering.countDown();
                try {
                    hold.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answer;
        }

        /** Set: the next answer, once looked up, is held back until the latch opens. */
        final java.util.concurrent.atomic.AtomicReference<CountDownLatch> holdNextAnswer =
                new java.util.concurrent.atomic.AtomicReference<>();
        final CountDownLatch answering = new CountDownLatch(1);
    }

    /** Changes who may read the case (as a closed meeting does), itself no case data. */
    record AccessChange(String caseId) implements CaseEvent {
        @Override
        public boolean changesAccess() {
            return true;
        }

        @Override
        public boolean carriesCaseData() {
            return false;
        }
    }

    @Test
    void aDecisionNearItsEndIsTakenAfreshInTheBackgroundSoDeliveriesDoNotWaitForTheStore() throws Exception {
        CountingMembership counting = new CountingMembership(membership);
        AtomicLong now = new AtomicLong();
        CaseBroadcaster own = new CaseBroadcaster(new AccessPolicy(counting, null), now::get, false);
        Actor.Participant p = data.participant(meeting, "Ilse");
        Recorder saw = new Recorder();
        var sub = own.subscribe(theCase.getId(), p, saw);
        try {
            own.deliver(new Ping(theCase.getId(), 1));
            own.deliver(new Marker(theCase.getId(), 1));
            assertThat(saw.upTo(1)).containsExactly(new Ping(theCase.getId(), 1));
            assertThat(counting.asked.get()).isEqualTo(1);

            // a second before the decision runs out, the background refresh asks again
            now.addAndGet(CaseBroadcaster.ACCESS_RECHECK.minusSeconds(1).toNanos());
            own.refreshDecisions();
            assertThat(counting.asked.get()).as("asked again in the background").isEqualTo(2);
            // past the first decision's end: the refreshed one holds, the delivery asks nothing
            now.addAndGet(java.time.Duration.ofSeconds(2).toNanos());
            own.deliver(new Ping(theCase.getId(), 2));
            own.deliver(new Marker(theCase.getId(), 2));
            assertThat(saw.upTo(2)).contains(new Ping(theCase.getId(), 2));
            assertThat(counting.asked.get()).as("no look-up on the way to the view").isEqualTo(2);

            // taken out by the clock (no event): the next refresh finds it, and nothing more arrives
            counting.revoked.add(p.id());
            now.addAndGet(CaseBroadcaster.ACCESS_RECHECK.minusSeconds(2).toNanos());
            own.refreshDecisions();
            assertThat(counting.asked.get()).isEqualTo(3);
            own.deliver(new Ping(theCase.getId(), 3));
            own.deliver(new Marker(theCase.getId(), 3));
            assertThat(saw.upTo(3)).doesNotContain(new Ping(theCase.getId(), 3));
            assertThat(counting.asked.get()).isEqualTo(3);
        } finally {
            sub.cancel();
            own.destroy();
        }
    }

    @Test
    void aViewThatTookNoChangesLatelyIsNotAskedForInTheBackground() throws Exception {
        CountingMembership counting = new CountingMembership(membership);
        AtomicLong now = new AtomicLong();
        CaseBroadcaster own = new CaseBroadcaster(new AccessPolicy(counting, null), now::get, false);
        Actor.Participant p = data.participant(meeting, "Jet");
        Recorder saw = new Recorder();
        var sub = own.subscribe(theCase.getId(), p, saw);
        try {
            own.deliver(new Ping(theCase.getId(), 1));
            own.deliver(new Marker(theCase.getId(), 1));
            assertThat(saw.upTo(1)).hasSize(1);
            now.addAndGet(CaseBroadcaster.ACCESS_RECHECK.plusSeconds(1).toNanos());
            own.refreshDecisions();
            assertThat(counting.asked.get()).as("a quiet view costs the store nothing").isEqualTo(1);
            own.deliver(new Ping(theCase.getId(), 2));
            own.deliver(new Marker(theCase.getId(), 2));
            assertThat(saw.upTo(2)).hasSize(2);
            assertThat(counting.asked.get()).as("its next change decides again").isEqualTo(2);
        } finally {
            sub.cancel();
            own.destroy();
        }
    }

    @Test
    void aBackgroundAnswerTakenWhileAccessChangedIsNotUsed() throws Exception {
        CountingMembership counting = new CountingMembership(membership);
        AtomicLong now = new AtomicLong();
        CaseBroadcaster own = new CaseBroadcaster(new AccessPolicy(counting, null), now::get, false);
        Actor.Participant p = data.participant(meeting, "Kees");
        Recorder saw = new Recorder();
        var sub = own.subscribe(theCase.getId(), p, saw);
        try {
            own.deliver(new Ping(theCase.getId(), 1));
            own.deliver(new Marker(theCase.getId(), 1));
            assertThat(saw.upTo(1)).containsExactly(new Ping(theCase.getId(), 1));

            // the refresh looks up "still in" and is held before it keeps that answer ...
            now.addAndGet(CaseBroadcaster.ACCESS_RECHECK.minusSeconds(1).toNanos());
            CountDownLatch release = new CountDownLatch(1);
            counting.holdNextAnswer.set(release);
            Thread refresh = Thread.ofVirtual().start(own::refreshDecisions);
            assertThat(counting.answering.await(5, TimeUnit.SECONDS)).isTrue();
            // ... while the person is taken out and the change that says so arrives
            counting.revoked.add(p.id());
            own.deliver(new AccessChange(theCase.getId()));
            own.deliver(new Marker(theCase.getId(), 2));
            saw.upTo(2);
            release.countDown();
            refresh.join(5_000);
            assertThat(refresh.isAlive()).isFalse();
            int askedBefore = counting.asked.get();

            own.deliver(new Ping(theCase.getId(), 2));
            own.deliver(new Marker(theCase.getId(), 3));
            assertThat(saw.upTo(3)).as("the held answer (taken before the change) was not used")
                    .doesNotContain(new Ping(theCase.getId(), 2));
            assertThat(counting.asked.get()).as("decided afresh").isEqualTo(askedBefore + 1);
        } finally {
            sub.cancel();
            own.destroy();
        }
    }

    @Test
    void accessIsDecidedOncePerViewAndAgainAfterTheRecheckTime() throws Exception {
        CountingMembership counting = new CountingMembership(membership);
        AtomicLong now = new AtomicLong();
        CaseBroadcaster own = new CaseBroadcaster(new AccessPolicy(counting, null), now::get, false);
        Actor.Participant p = data.participant(meeting, "Sem");
        Recorder saw = new Recorder();
        var sub = own.subscribe(theCase.getId(), p, saw);
        try {
            for (int i = 0; i < 100; i++) {
                own.deliver(new Ping(theCase.getId(), i));
            }
            own.deliver(new Marker(theCase.getId(), 1));
            assertThat(saw.upTo(1)).hasSize(100);
            assertThat(counting.asked.get()).as("one look-up for 100 changes to one view").isEqualTo(1);

            // taken out without any event (as when a link runs out by the clock): kept until the recheck time
            counting.revoked.add(p.id());
            now.addAndGet(CaseBroadcaster.ACCESS_RECHECK.toNanos() + 1);
            own.deliver(new Ping(theCase.getId(), 100));
            own.deliver(new Marker(theCase.getId(), 2));
            assertThat(saw.upTo(2)).as("after the recheck time access is decided again").hasSize(100);
            assertThat(counting.asked.get()).isEqualTo(2);
        } finally {
            sub.cancel();
            own.destroy();
        }
    }

    @Test
    void aViewTakesABurstOfChangesAsOneBatchInOrder() throws Exception {
        List<List<CaseEvent>> batches = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstArrived = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(1);
        var sub = broadcaster.subscribeBatches(theCase.getId(), facilitator, e -> e instanceof Ping, batch -> {
            batches.add(batch);
            firstArrived.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            if (batch.getLast() instanceof Ping last && last.n() == 50) {
                all.countDown();
            }
        });
        try {
            events.publishEvent(new Ping(theCase.getId(), 0));
            assertThat(firstArrived.await(5, TimeUnit.SECONDS)).isTrue();
            // while the view is busy with the first change, 50 more are stored
            for (int i = 1; i <= 50; i++) {
                events.publishEvent(new Ping(theCase.getId(), i));
            }
            release.countDown();
            assertThat(all.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(batches).hasSize(2);
            assertThat(batches.get(1)).extracting(e -> ((Ping) e).n())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            sub.cancel();
        }
    }

    @Test
    void cancellingLeavesNoSubscriberBehind() {
        int before = broadcaster.subscriberCount();
        var subs = new ArrayList<CaseBroadcaster.Subscription>();
        for (int i = 0; i < 100; i++) {
            subs.add(broadcaster.subscribe(theCase.getId(), facilitator, e -> { }));
        }
        assertThat(broadcaster.subscriberCount(theCase.getId())).isEqualTo(100);
        subs.forEach(CaseBroadcaster.Subscription::cancel);
        assertThat(broadcaster.subscriberCount(theCase.getId())).isZero();
        assertThat(broadcaster.subscriberCount()).isEqualTo(before);
    }
}
