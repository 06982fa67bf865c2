package nl.reflectiewerkplaats.live;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.reflectiewerkplaats.support.LiveEvents.next;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCardChanged;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundChanged;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.ClusterStore;
import nl.reflectiewerkplaats.support.LiveEvents;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.support.TestStore;
import nl.reflectiewerkplaats.tensionfield.MarkerView;
import nl.reflectiewerkplaats.tensionfield.PlacementChanged;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Two app nodes (two whole apps in this JVM) on one shared store with a change stream:
 * here the embedded server with its oplog ({@link ClusterStore}); {@code
 * RealReplicaSetTwoNodeTests} runs the same against a real three-member replica set.
 * A change made through node A reaches a view on node B as the same event; a private
 * placement does not reach another participant's view on B before the reveal (counted
 * only after a later event on the same subscription arrived), and does after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeLiveTests {

    private ClusterStore store;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    /** The MongoDB URI both nodes use. */
    String startStore() {
        store = ClusterStore.start(TestStore.newFolder("rw-two-nodes"));
        return store.uri();
    }

    void stopStore() {
        if (store != null) {
            store.close();
        }
    }

    @BeforeAll
    void start() {
        String uri = startStore();
        a = BrowserSupport.startApp("rw-node-a", "--spring.mongodb.uri=" + uri, "--reflectiewerkplaats.cluster.node-id=A");
        b = BrowserSupport.startApp("rw-node-b", "--spring.mongodb.uri=" + uri, "--reflectiewerkplaats.cluster.node-id=B");
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        stopStore();
    }

    private static BlockingQueue<CaseEvent> view(ConfigurableApplicationContext node, String caseId, Actor actor) {
        return LiveEvents.view(node.getBean(CaseBroadcaster.class), caseId, actor);
    }

    @Test
    void eachNodeSaysItIsLiveAndReadyAndShowsNothingElseOfActuator() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            String base = BrowserSupport.baseUrl(node);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            HttpResponse<String> ready = get(http, base + "/actuator/health/readiness");
            while (ready.statusCode() != 200 && System.nanoTime() < end) {
                Thread.sleep(100);
                ready = get(http, base + "/actuator/health/readiness");
            }
            assertThat(ready.statusCode()).as("ready: store and change stream").isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(http, base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator")) {
                HttpResponse<String> r = get(http, base + hidden);
                assertThat(r.statusCode()).as(hidden).isNotEqualTo(200);
                assertThat(r.body()).as(hidden).doesNotContain("spring.mongodb").doesNotContain("\"_links\"");
            }
        }
        assertThat(a.getBean(ChangeStreamRelay.class).isStreaming()).isTrue();
    }

    @Test
    void fiveWrongPasswordsOnOneNodeLockTheLoginOnTheOtherToo() {
        annaOf(a);
        AuthenticationManager onA = a.getBean(AuthenticationManager.class);
        AuthenticationManager onB = b.getBean(AuthenticationManager.class);
        assertThat(onB.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(BrowserSupport.ANNA, TestData.PASSWORD))
                .isAuthenticated()).as("the right password works on B at first").isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> onA.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    BrowserSupport.ANNA, "fout-wachtwoord"))).isInstanceOf(BadCredentialsException.class);
        }
        // node B keeps the same count: even the right password is refused there now
        assertThatThrownBy(() -> onB.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                BrowserSupport.ANNA, TestData.PASSWORD))).isNotInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("too many attempts");
        assertThatThrownBy(() -> onA.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                BrowserSupport.ANNA, TestData.PASSWORD))).hasMessageContaining("too many attempts");
    }

    @Test
    void thePresenceListShowsWhoIsInTheMeetingOnEitherNode() throws Exception {
        Actor.Facilitator anna = annaOf(a);
        Case theCase = a.getBean(CaseService.class).createCase(anna, "Gezin Eik", "Wie is er?");
        Meeting meeting = a.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), "Aanwezig", DutchTime.today());
        PresenceRegistry onA = a.getBean(PresenceRegistry.class);
        PresenceRegistry onB = b.getBean(PresenceRegistry.class);
        BlockingQueue<CaseEvent> annaOnB = view(b, theCase.getId(), anna);
        String bramOnA = onA.enter(theCase.getId(), meeting.getId(), new Presence("p-bram", "Bram", "leerplicht", false),
                System::currentTimeMillis);
        String sanneOnB = onB.enter(theCase.getId(), meeting.getId(), new Presence("p-sanne", "Sanne", "wijkteam", false),
                System::currentTimeMillis);
        // a view on B is told: both are present, whichever node they are on
        PresenceChanged seen = next(annaOnB, PresenceChanged.class);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (seen.present().size() < 2 && System.nanoTime() < end) {
            seen = next(annaOnB, PresenceChanged.class);
        }
        assertThat(seen.present()).extracting(Presence::displayName).containsExactly("Bram", "Sanne");
        awaitPresent(onA, meeting.getId(), "Bram", "Sanne");
        onA.leave(bramOnA);
        awaitPresent(onB, meeting.getId(), "Sanne");
        onB.leave(sanneOnB);
        awaitPresent(onA, meeting.getId());
    }

    private static void awaitPresent(PresenceRegistry registry, String meetingId, String... names) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!registry.present(meetingId).stream().map(Presence::displayName).toList().equals(List.of(names))
                && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(registry.present(meetingId)).extracting(Presence::displayName).containsExactly(names);
    }

    /** Anna, made through the setup token by whichever test comes first. */
    private static Actor.Facilitator annaOf(ConfigurableApplicationContext node) {
        AccountService accounts = node.getBean(AccountService.class);
        accounts.setupTokenIfNeeded().ifPresent(token -> accounts.createFirstAccount(token, BrowserSupport.ANNA,
                "Anna de Vries", TestData.PASSWORD));
        return accounts.findByUsername(BrowserSupport.ANNA).orElseThrow().asActor();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChangeOnOneNodeReachesViewsOnTheOtherAndAPrivatePlacementOnlyAfterTheReveal() throws Exception {
        Actor.Facilitator anna = annaOf(a);
        Case theCase = a.getBean(CaseService.class).createCase(anna, "Gezin Linde", "Twee scholen, geen plek");
        Meeting meeting = a.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), "Netwerkoverleg", DutchTime.today());
        Actor.Participant bram = a.getBean(MeetingService.class).join(meeting.getInviteToken(), "Bram", "leerplicht").asActor();
        Actor.Participant sanne = b.getBean(MeetingService.class).join(meeting.getInviteToken(), "Sanne", "wijkteam").asActor();

        BlockingQueue<CaseEvent> sanneOnB = view(b, theCase.getId(), sanne);
        BlockingQueue<CaseEvent> bramOnA = view(a, theCase.getId(), bram);

        // a dream card made on A shows on B
        a.getBean(DreamBoardService.class).addCard(bram, theCase.getId(), meeting.getId(),
                new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Weer naar school met een vriend");
        DreamCardChanged card = next(sanneOnB, DreamCardChanged.class);
        assertThat(card.card().text()).isEqualTo("Weer naar school met een vriend");

        // a private placement on A: Bram sees his own on A; Sanne's view on B holds none, even after a later event
        TensionFieldService fieldsA = a.getBean(TensionFieldService.class);
        String field = fieldsA.lines().getFirst().id();
        Round round = fieldsA.openRound(anna, theCase.getId(), meeting.getId(), field, Round.RevealMode.NAMED);
        fieldsA.place(bram, round.getId(), 0.8);
        assertThat(next(bramOnA, PlacementChanged.class).placement().position()).isEqualTo(0.8);
        a.getBean(DreamBoardService.class).addCard(bram, theCase.getId(), meeting.getId(),
                new DreamQuestion(DreamQuestion.Audience.CHILD, 1), "Later: een marker na de plaatsing");
        BlockingQueue<CaseEvent> before = new LinkedBlockingQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (before.stream().noneMatch(e -> e instanceof DreamCardChanged d && d.card().text().startsWith("Later"))
                && System.nanoTime() < end) {
            CaseEvent e = sanneOnB.poll(100, TimeUnit.MILLISECONDS);
            if (e != null) {
                before.add(e);
            }
        }
        assertThat(before).as("the later card arrived on B").anyMatch(e -> e instanceof DreamCardChanged);
        assertThat(before).as("no placement reached Sanne on B before the reveal").noneMatch(PlacementChanged.class::isInstance);

        // revealed through A: Sanne's view on B hears of it, and B then shows her Bram's place
        a.getBean(RoundService.class).reveal(anna, round.getId());
        assertThat(next(sanneOnB, RoundChanged.class).round().getId()).isEqualTo(round.getId());
        assertThat(b.getBean(TensionFieldService.class).markers(sanne, round.getId()))
                .as("after the reveal Sanne sees Bram's place").extracting(MarkerView::position).containsExactly(0.8);
    }
}
