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
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

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

    Actor.Facilitator facilitator;
    Case theCase;
    Meeting meeting;

    record Ping(String caseId, int n) implements CaseEvent {
    }

    record Secret(String caseId, String onlyFor) implements CaseEvent {
        @Override
        public boolean visibleTo(Actor actor) {
            return actor.id().equals(onlyFor);
        }
    }

    @BeforeEach
    void setUp() {
        facilitator = data.facilitator();
        theCase = data.newCase(facilitator);
        meeting = data.newMeeting(facilitator, theCase);
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

    @Test
    void onlyThoseWhoMayReadTheCaseReceiveItsChanges() throws Exception {
        Actor.Participant inside = data.participant(meeting, "Lotte");
        Actor.Participant laterShutOut = data.participant(meeting, "Mo");
        Actor.Facilitator stranger = data.facilitator();
        List<String> received = new CopyOnWriteArrayList<>();
        CountDownLatch insideGotBoth = new CountDownLatch(2);
        var a = broadcaster.subscribe(theCase.getId(), inside, Ping.class, p -> {
            received.add("inside:" + p.n());
            insideGotBoth.countDown();
        });
        var b = broadcaster.subscribe(theCase.getId(), stranger, Ping.class, p -> received.add("stranger:" + p.n()));
        var c = broadcaster.subscribe(theCase.getId(), laterShutOut, Secret.class, s -> received.add("secret:" + s.onlyFor()));
        try {
            events.publishEvent(new Ping(theCase.getId(), 1));
            events.publishEvent(new Secret(theCase.getId(), inside.id()));
            events.publishEvent(new Secret(theCase.getId(), laterShutOut.id()));
            events.publishEvent(new Ping(theCase.getId(), 2));
            assertThat(insideGotBoth.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            assertThat(received).containsExactlyInAnyOrder("inside:1", "inside:2", "secret:" + laterShutOut.id());
        } finally {
            a.cancel();
            b.cancel();
            c.cancel();
        }
    }

    @Test
    void aParticipantOfAClosedMeetingReceivesNoMoreCaseData() throws Exception {
        Actor.Participant p = data.participant(meeting, "Noor");
        List<Object> received = new CopyOnWriteArrayList<>();
        CountDownLatch closedNotice = new CountDownLatch(1);
        var sub = broadcaster.subscribe(theCase.getId(), p, e -> {
            received.add(e);
            if (e instanceof nl.reflectiewerkplaats.casework.MeetingAccessChanged) {
                closedNotice.countDown();
            }
        });
        try {
            meetings.setInviteOpen(facilitator, meeting.getId(), false);
            assertThat(closedNotice.await(5, TimeUnit.SECONDS)).as("told that the meeting closed").isTrue();
            events.publishEvent(new Ping(theCase.getId(), 7));
            Thread.sleep(300);
            assertThat(received).noneMatch(e -> e instanceof Ping);
        } finally {
            sub.cancel();
        }
    }

    @Test
    void cancellingLeavesNoSubscriberBehind() {
        int before = broadcaster.subscriberCount();
        var subs = new java.util.ArrayList<CaseBroadcaster.Subscription>();
        for (int i = 0; i < 100; i++) {
            subs.add(broadcaster.subscribe(theCase.getId(), facilitator, e -> { }));
        }
        assertThat(broadcaster.subscriberCount(theCase.getId())).isEqualTo(100);
        subs.forEach(CaseBroadcaster.Subscription::cancel);
        assertThat(broadcaster.subscriberCount(theCase.getId())).isZero();
        assertThat(broadcaster.subscriberCount()).isEqualTo(before);
    }
}
