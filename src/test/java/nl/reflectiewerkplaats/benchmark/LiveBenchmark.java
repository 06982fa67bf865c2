package nl.reflectiewerkplaats.benchmark;

import nl.reflectiewerkplaats.base.DutchTime;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.reflectiewerkplaats.Application;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.genogram.LargeGenogram;
import nl.reflectiewerkplaats.live.ui.PresenceList;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.ClusterStore;
import nl.reflectiewerkplaats.support.ChildApp;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.timeline.TimelineSamples;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.vaadin.flow.server.VaadinService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The live benchmark of issue 13: how fast a change reaches K other open views, what
 * an open participant view costs in heap, how long joining and opening a large case
 * take, and how fast the app starts. Run with {@code ./mvnw -Pbenchmark verify} (see
 * the README); prints a table and writes JSON under {@code target/benchmark/}.
 *
 * <p>The app runs as a child process from the production jar (or, with
 * {@code -Dbench.mode=dev}, with the README's {@code ./mvnw spring-boot:run}) on a data
 * folder that this JVM first fills through the services. All pages live in one
 * headless Chromium on this machine, so one clock serves all: each observer page notes
 * {@code performance.timeOrigin + performance.now()} in a MutationObserver when the
 * change's unique token first enters its DOM; the writer notes the same clock right
 * before its click. The floor is a bare WebSocket fan-out ({@link FloorServer}) to the
 * same number of pages, measured with the same method right before the product.
 */
public final class LiveBenchmark {

    private static final String USERNAME = "begeleider";
    private static final String PASSWORD = "bench-wachtwoord-2026-lang";
    private static final String MAIN_MEETING = "Meetbijeenkomst";
    private static final String BIG_MEETING = "Grote bijeenkomst";

    private static final List<Integer> KS = Arrays.stream(prop("bench.ks", "1,5,10,20,50").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).sorted().toList();
    private static final int ROUNDS = Integer.parseInt(prop("bench.rounds", "12"));
    private static final int WARMUP = Integer.parseInt(prop("bench.warmup", "3"));
    /** Timeline events the measured meeting's case has before the rounds add theirs (an ordinary case: 40). */
    private static final int CASE_EVENTS = Integer.parseInt(prop("bench.caseEvents", "40"));
    private static final Set<String> SKIP = Arrays.stream(prop("bench.skip", "").split(","))
            .map(String::trim).collect(Collectors.toSet());
    private static final boolean DEV = "dev".equals(prop("bench.mode", "jar"));
    private static final boolean DEV_COLD_START = Boolean.parseBoolean(prop("bench.devColdStart", "false"));
    private static final int HEAP_N = Integer.parseInt(prop("bench.heapN", "20"));
    /** How long the heap figure waits after the joins before it is taken again. */
    private static final Duration SETTLE = Duration.ofSeconds(Long.parseLong(prop("bench.heapSettleSeconds", "70")));
    /** The per-participant and per-link limits are lifted for the benchmark (it measures the live path, not them). */
    private static final int NO_LIMIT = 1_000_000;
    private static final int KARIBU_N = Integer.parseInt(prop("bench.karibuN", "200"));
    /** With the Karibu heap figure, also what a view holds per class ({@code -Dbench.histogram=true}). */
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    /** Prints the requests of one join, with their times ({@code -Dbench.joinTrace=true}). */
    private static final boolean JOIN_TRACE = Boolean.parseBoolean(prop("bench.joinTrace", "false"));
    private static final boolean HISTOGRAM = Boolean.parseBoolean(prop("bench.histogram", "false"));
    /** Every page asks for reduced motion ({@code -Dbench.reducedMotion=true}): what animations cost. */
    private static final boolean REDUCED_MOTION = Boolean.parseBoolean(prop("bench.reducedMotion", "false"));
    /** Writes Chromium's trace of one observer's page during the first measured change ({@code -Dbench.renderTrace=true}). */
    private static final boolean RENDER_TRACE = Boolean.parseBoolean(prop("bench.renderTrace", "false"));
    /**
     * What an observer page costs ({@code -Dbench.pageCost=true}): each K's rounds print the
     * main-thread time per observer page and change (Chromium's performance metrics; wall
     * time of its tasks, so it grows with the load), and the first observer's composited
     * layers and a screenshot of its page (target/benchmark/observer-page.png).
     */
    private static final boolean PAGE_COST = Boolean.parseBoolean(prop("bench.pageCost", "false"));
    /**
     * How long the group stays at an agenda step before the facilitator moves on. In a
     * meeting a step lasts minutes; 4 s is enough for the views to have prepared the
     * next step's panel (as they do 1.5–3.5 s after a step change). 250 measures a
     * facilitator who clicks straight through.
     */
    private static final int STEP_GAP_MS = Integer.parseInt(prop("bench.stepGapMs", "4000"));

    /** What an observer page runs: note the first moment each token enters the DOM. */
    private static final String OBSERVE = """
            () => {
              if (window.__rwSeen) return true;
              const seen = {};
              const waiting = {};
              window.__rwSeen = seen;
              // resolves when the token has been seen: the benchmark waits on it without polling
              window.__rwWhenSeen = k => k in seen ? Promise.resolve(seen[k])
                  : new Promise(resolve => (waiting[k] = waiting[k] || []).push(resolve));
              const re = /RWB\\d{6}/g;
              const scan = (text, t) => {
                if (!text || text.indexOf('RWB') < 0) return;
                const found = text.match(re);
                if (found) for (const k of found) if (!(k in seen)) {
                  seen[k] = t;
                  for (const resolve of waiting[k] || []) resolve(t);
                  delete waiting[k];
                }
              };
              new MutationObserver(records => {
                const t = performance.timeOrigin + performance.now();
                for (const r of records) {
                  if (r.type === 'characterData') scan(r.target.data, t);
                  else for (const n of r.addedNodes) scan(n.textContent, t);
                }
              }).observe(document.documentElement, {subtree: true, childList: true, characterData: true});
              return true;
            }""";
    /**
     * Run in every page before its own scripts: notes when a WebSocket message carrying a
     * token reached the page (its main thread), so a change's time splits into "on its way"
     * (click → message in the page) and "applied" (message → token in the DOM).
     */
    private static final String ARRIVAL = """
            (() => {
              const Original = window.WebSocket;
              if (!Original || Original.__rwWrapped) return;
              const arrived = window.__rwArrived = {};
              const re = /RWB\\d{6}/g;
              function Wrapped(url, protocols) {
                const ws = protocols === undefined ? new Original(url) : new Original(url, protocols);
                ws.addEventListener('message', e => {
                  const t = performance.timeOrigin + performance.now();
                  if (typeof e.data !== 'string' || e.data.indexOf('RWB') < 0) return;
                  const found = e.data.match(re);
                  if (found) for (const k of found) if (!(k in arrived)) arrived[k] = t;
                });
                return ws;
              }
              Wrapped.prototype = Original.prototype;
              for (const c of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Wrapped[c] = Original[c];
              Wrapped.__rwWrapped = true;
              window.WebSocket = Wrapped;
            })();""";
    private static final String CLICK_AND_TIME = "b => { const t = performance.timeOrigin + performance.now(); b.click(); return t; }";
    private static final String IDLE = "() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " return !c || Object.values(c).every(x => !x.isActive || !x.isActive()); }";
    private static final String FLOOR_PAGE = """
            <!doctype html><html><body><div id="log"></div><script>
            const ws = new WebSocket('ws://127.0.0.1:%d/');
            ws.onmessage = e => { const p = document.createElement('p'); p.textContent = e.data;
              document.getElementById('log').appendChild(p); };
            window.__floorSend = t => { const t0 = performance.timeOrigin + performance.now(); ws.send(t); return t0; };
            window.__floorOpen = () => ws.readyState === 1;
            </script></body></html>""";

    private final Path project = Path.of("").toAbsolutePath();
    private final Path out = project.resolve("target/benchmark");
    private final String javaHome = System.getProperty("java.home");
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    /** What the person waits: link → form on screen, plus Meedoen → own name present (their typing not counted). */
    private final List<Double> joinMillis = new ArrayList<>();
    /** Link → own name present, the test's typing and clicking included. */
    private final List<Double> joinWallMillis = new ArrayList<>();
    /** Of a join: the link opened → the form shown (the page loaded and started), and Meedoen → own name present. */
    private final List<Double> joinFormMillis = new ArrayList<>();
    private final List<Double> joinWorkspaceMillis = new ArrayList<>();
    private volatile Process child;
    /** The app's process (the JVM itself, also in dev mode), for its processor time. */
    private long appPid = -1;
    /** Across two nodes: the processes whose processor time each change is measured for, by name (else the app's alone). */
    private Map<String, Long> measuredProcesses = Map.of();
    private int tokenSeq;
    private int joinRetries;
    private boolean joinsReported;

    private static String prop(String key, String fallback) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() || v.equals("none") ? fallback : v;
    }

    public static void main(String[] args) throws Exception {
        LiveBenchmark bench = new LiveBenchmark();
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopChild));
        int status = 0;
        try {
            bench.run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            bench.stopChild();
            bench.reportJoins();
            bench.writeResults();
        }
        System.exit(status);
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String mode = DEV ? "dev mode (./mvnw spring-boot:run)" : "production jar";
        json.put("mode", mode);
        json.put("startedAt", LocalDateTime.now().toString());
        json.put("ks", KS);
        json.put("rounds", ROUNDS);
        json.put("warmup", WARMUP);
        json.put("caseEvents", CASE_EVENTS);
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        json.put("loadAverageAtStart", loadAverage());
        long runStart = System.nanoTime();
        Path jar = DEV ? null : findJar();
        section("Live benchmark — " + mode + (jar == null ? "" : " " + project.relativize(jar)) + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs; Ks " + KS + ", " + ROUNDS + " changes per K"
                + " after " + WARMUP + " warm-up");

        if (!SKIP.contains("cold") && !DEV) {
            Path empty = Files.createTempDirectory("rw-bench-cold");
            double ms = coldStart(empty, false);
            json.put("coldStartJarEmptyStoreMs", ms);
            line(String.format(Locale.ROOT, "Cold start, production jar, empty store: launch → HTTP 200 on /login  %7.0f ms   target ≤ 8000 ms: %s",
                    ms, met(ms <= 8000)));
            double aot = coldStartWithAotCache(Files.createTempDirectory("rw-bench-cold-aot"));
            json.put("coldStartAotCacheEmptyStoreMs", aot);
            line(String.format(Locale.ROOT, "Cold start, the image's way (extracted jar, %s from a training run), empty store: %7.0f ms   target ≤ 8000 ms: %s",
                    Runtime.version().feature() >= 25 ? "AOT cache" : "CDS archive", aot, met(aot <= 8000)));
        }

        if (!SKIP.contains("single")) {
            singleNode(mode);
        }

        if (!SKIP.contains("cluster") && !DEV) {
            crossNode();
        }

        if (DEV_COLD_START && !SKIP.contains("cold")) {
            Path empty = Files.createTempDirectory("rw-bench-cold-dev");
            double ms = coldStart(empty, true);
            json.put("coldStartDevEmptyStoreMs", ms);
            line(String.format(Locale.ROOT, "Cold start, dev mode (./mvnw spring-boot:run), empty store: %7.0f ms", ms));
        }
        json.put("loadAverageAtEnd", loadAverage());
        line("");
        line(String.format(Locale.ROOT, "Load average (1 min) at start %s, at end %s, on %d CPUs; whole run %.1f min.",
                json.get("loadAverageAtStart"), json.get("loadAverageAtEnd"), Runtime.getRuntime().availableProcessors(),
                (System.nanoTime() - runStart) / 6e10));
    }

    /** Everything on one node: seeded store, the jar as a child, the browsers. */
    private void singleNode(String mode) throws Exception {
        Path dataDir = Files.createTempDirectory("rw-bench-store");
        Seeded seeded = seed(dataDir);

        int port = freePort();
        String base = "http://localhost:" + port;
        long t0 = System.nanoTime();
        child = startChild(dataDir, port, DEV, out.resolve("app.log"));
        double seededStart = waitForLogin(base, child, Duration.ofMinutes(DEV ? 5 : 2), t0);
        long pid = appPid(child);
        appPid = pid;
        json.put("coldStartSeededMs", seededStart);
        line(String.format(Locale.ROOT, "Cold start, %s, seeded store (1,000 events, 200 persons): %7.0f ms%s", mode,
                seededStart, DEV ? "" : "   target ≤ 8000 ms: " + met(seededStart <= 8000)));

        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            Page fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            BrowserSupport.logIn(fac, base, USERNAME, PASSWORD);
            if (!SKIP.contains("large")) {
                largeCase(fac, base, seeded);
            }
            List<Page> participants = new ArrayList<>();
            String invite = base + "/doe-mee/" + seeded.inviteToken;
            FloorServer floor = new FloorServer();
            int floorPort = floor.startAndGetPort();
            try {
                if (!SKIP.contains("propagation")) {
                    propagation(browser, invite, participants, floorPort);
                }
                if (!SKIP.contains("agenda")) {
                    agendaSteps(browser, invite, participants, fac, base + "/bijeenkomst/" + seeded.mainMeetingId);
                }
            } finally {
                floor.stop(1000);
            }
            if (!SKIP.contains("heap")) {
                heap(browser, base, invite, seeded, fac, participants, pid);
            }
            reportJoins();
        }
        stopChild();
    }

    /** The 1-minute load average (Linux), to read the figures against: the machine is shared. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- seeding (in this JVM)

    private record Seeded(String mainMeetingId, String inviteToken, String bigMeetingId, String smallMeetingId) {
    }

    /** Fills the data folder through the services, as the app would; measures Karibu views on the way. */
    private Seeded seed(Path dataDir) {
        long s = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--reflectiewerkplaats.data-dir=" + dataDir, "--vaadin.launch-browser=false", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--reflectiewerkplaats.limits.participants-per-link=" + NO_LIMIT,
                "--reflectiewerkplaats.limits.adds-per-minute=" + NO_LIMIT,
                "--reflectiewerkplaats.limits.items-per-participant=" + NO_LIMIT);
        try {
            AccountService accounts = app.getBean(AccountService.class);
            Actor.Facilitator fac = accounts.createFirstAccount(accounts.setupTokenIfNeeded().orElseThrow(), USERNAME,
                    "Bea de Meetlat", PASSWORD).asActor();
            CaseService cases = app.getBean(CaseService.class);
            MeetingService meetings = app.getBean(MeetingService.class);
            Case main = cases.createCase(fac, "Gezin Meetlat", "Hoe snel ziet iedereen een verandering?");
            // tomorrow: an invite link expires after its meeting day (Dutch time), and this may run near midnight UTC
            Meeting meeting = meetings.createMeeting(fac, main.getId(), MAIN_MEETING, DutchTime.today().plusDays(1));
            TimelineSamples.addEvents(app.getBean(TimelineService.class), fac, main.getId(), CASE_EVENTS, 3);
            Case big = cases.createCase(fac, "Gezin Groot", "Een lange geschiedenis met veel betrokkenen.");
            TimelineSamples.addEvents(app.getBean(TimelineService.class), fac, big.getId(), 1000, 42);
            LargeGenogram.build(app, fac, big.getId(), 200, 400, 42);
            Meeting bigMeeting = meetings.createMeeting(fac, big.getId(), BIG_MEETING, DutchTime.today().plusDays(1));
            // another, ordinary case: what an app in service has shown before the large one is opened
            Case small = cases.createCase(fac, "Gezin Klein", "Een gewone casus.");
            TimelineSamples.addEvents(app.getBean(TimelineService.class), fac, small.getId(), 40, 7);
            LargeGenogram.build(app, fac, small.getId(), 20, 30, 7);
            Meeting smallMeeting = meetings.createMeeting(fac, small.getId(), "Gewone bijeenkomst", DutchTime.today().plusDays(1));
            line(String.format(Locale.ROOT, "(seeded in %.1f s: the measured meeting, its case with %d timeline events; "
                            + "a case with 1,000 timeline events and 200 persons + 400 lines)",
                    (System.nanoTime() - s) / 1e9, CASE_EVENTS));
            if (!SKIP.contains("karibu")) {
                karibuHeap(app, meeting);
            }
            return new Seeded(meeting.getId(), meeting.getInviteToken(), bigMeeting.getId(), smallMeeting.getId());
        } finally {
            app.close();
        }
    }

    /**
     * Heap per participant view at a large N, server-side only: Karibu Testing's mocked
     * Vaadin on the real Spring context in this JVM; each view is its own mocked session
     * that joined by the invite link and shows the workspace, kept referenced; used
     * heap after a full GC (MemoryMXBean) before and after.
     */
    /** The live objects per class here (count, bytes), from the JVM's class histogram (which runs a full GC). */
    private static Map<String, long[]> classHistogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return parseHistogram(text);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    /** What one view adds, per class, largest first ({@code -Dbench.histogram=true}). */
    private void printHistogramGrowth(Map<String, long[]> before, Map<String, long[]> after, int views) {
        line("      per view, by class (growth of live objects over " + views + " views; top 30 by bytes):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                .forEach(e -> line(String.format(Locale.ROOT, "      %8.1f objects %7.1f KB  %s",
                        e.getValue()[0] / (double) views, e.getValue()[1] / 1024.0 / views, e.getKey())));
    }

    private void karibuHeap(ConfigurableApplicationContext app, Meeting meeting) {
        MockSpringServlet servlet = new MockSpringServlet(new Routes().autoDiscoverViews("nl.reflectiewerkplaats"), app,
                UI::new);
        List<Object[]> kept = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                kept.add(karibuView(servlet, meeting, "Opwarmer " + i));
            }
            drain(kept);
            long used0 = usedHeapHere();
            Map<String, long[]> histogram0 = HISTOGRAM ? classHistogram() : Map.of();
            long s = System.nanoTime();
            for (int i = 0; i < KARIBU_N; i++) {
                kept.add(karibuView(servlet, meeting, String.format(Locale.ROOT, "Karibu %04d", i)));
                if (i % 10 == 9) {
                    drain(kept);
                }
            }
            double openMs = (System.nanoTime() - s) / 1e6 / KARIBU_N;
            drain(kept);
            long usedN = usedHeapHere();
            double perViewKb = (usedN - used0) / 1024.0 / KARIBU_N;
            if (HISTOGRAM) {
                printHistogramGrowth(histogram0, classHistogram(), KARIBU_N);
            }
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("n", KARIBU_N);
            k.put("vaadinProductionMode", VaadinService.getCurrent().getDeploymentConfiguration()
                    .isProductionMode());
            k.put("usedBeforeKb", used0 / 1024);
            k.put("usedAfterKb", usedN / 1024);
            k.put("perViewKb", perViewKb);
            k.put("joinAndOpenMsPerView", openMs);
            k.put("how", "Karibu Testing (mocked Vaadin sessions) on the real Spring context in the benchmark JVM, "
                    + "each view joined by the invite link and showing the workspace, kept referenced; bytes of live objects "
                    + "by the JVM's class histogram (a full GC); no browser, no push connection");
            json.put("heapKaribu", k);
            line(String.format(Locale.ROOT, "Heap per participant view, N = %d server-side (Karibu, in the benchmark JVM): "
                    + "%6.0f KB   (join + open %.0f ms each; Vaadin %s mode)   target ≤ 400 KB: %s", KARIBU_N, perViewKb, openMs,
                    Boolean.TRUE.equals(k.get("vaadinProductionMode")) ? "production" : "development",
                    met(perViewKb <= 400)));
        } finally {
            kept.clear();
            KaribuSupport.tearDown();
        }
    }

    private static Object[] karibuView(MockSpringServlet servlet, Meeting meeting, String name) {
        MockVaadin.setup(UI::new, servlet);
        KaribuSupport.joinAs(meeting.getInviteToken(), name);
        LocatorJ._get(PresenceList.class);
        return new Object[] {VaadinSession.getCurrent(), UI.getCurrent()};
    }

    /**
     * Runs the live updates queued for every mocked view and lets go of the changes a
     * browser would have been sent (as a push would), so no backlog counts as view heap.
     */
    private static void drain(List<Object[]> kept) {
        VaadinSession current = VaadinSession.getCurrent();
        UI currentUi = UI.getCurrent();
        for (Object[] v : kept) {
            VaadinSession session = (VaadinSession) v[0];
            try {
                VaadinSession.setCurrent(session);
                UI.setCurrent((UI) v[1]);
                session.getService().runPendingAccessTasks(session);
                // what writing the response would do: the changes and calls go out and are let go
                UI ui = (UI) v[1];
                ui.getInternals().getStateTree().collectChanges(change -> {
                });
                ui.getInternals().dumpPendingJavaScriptInvocations();
            } catch (RuntimeException | AssertionError e) {
                // a session this thread does not hold: its tasks ran on their own
            }
        }
        VaadinSession.setCurrent(current);
        UI.setCurrent(currentUi);
    }

    /**
     * The bytes of live objects here, from the class histogram (a full collection that
     * counts only what is reachable): steadier than the used heap after System.gc(),
     * which on a busy machine sometimes still held garbage.
     */
    private static long usedHeapHere() {
        return classHistogram().values().stream().mapToLong(v -> v[1]).sum();
    }

    // ---------------------------------------------------------------- the child app

    private Path findJar() throws IOException {
        Path dir = Path.of(prop("bench.jarDir", project.resolve("target").toString()));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("reflectiewerkplaats-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no production jar in " + dir + ": run ./mvnw -Pbenchmark verify (it builds one)"));
        }
    }

    /** {@code java [bench.appJvm…] -jar app.jar}; e.g. {@code -Dbench.appJvm=-XX:StartFlightRecording=filename=target/benchmark/app.jfr}. */
    private List<String> jarCommand(int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaHome + "/bin/java"));
        String extra = System.getProperty("bench.appJvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", findJar().toString(), "--server.port=" + port));
        return command;
    }

    private Process startChild(Path dataDir, int port, boolean dev, Path log) throws IOException {
        return startChild(dataDir, port, dev, log, Map.of());
    }

    private Process startChild(Path dataDir, int port, boolean dev, Path log, Map<String, String> env) throws IOException {
        ProcessBuilder pb = dev
                ? new ProcessBuilder(project.resolve("mvnw").toString(), "-q", "-B", "-ntp", "spring-boot:run")
                : new ProcessBuilder(jarCommand(port));
        pb.environment().put("REFLECTIEWERKPLAATS_DATA_DIR", dataDir.toString());
        pb.environment().put("PORT", String.valueOf(port));
        // the benchmark's one link serves more people, and its writer adds more, than a meeting allows
        pb.environment().put("REFLECTIEWERKPLAATS_LIMITS_PARTICIPANTS_PER_LINK", String.valueOf(NO_LIMIT));
        pb.environment().put("REFLECTIEWERKPLAATS_LIMITS_ADDS_PER_MINUTE", String.valueOf(NO_LIMIT));
        pb.environment().put("REFLECTIEWERKPLAATS_LIMITS_ITEMS_PER_PARTICIPANT", String.valueOf(NO_LIMIT));
        // the server time of the large case: the app's request timer, read through /actuator/metrics
        pb.environment().put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,metrics");
        pb.environment().put("REFLECTIEWERKPLAATS_REQUEST_TIMES_ENABLED", "true");
        pb.environment().putAll(env);
        pb.directory(project.toFile());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /** The app's own JVM: the jar process itself, or the JVM that spring-boot:run forks. */
    private static long appPid(Process process) {
        if (process.info().command().orElse("").endsWith("java")
                && process.info().commandLine().orElse("").contains("-jar")) {
            return process.pid();
        }
        return process.descendants()
                .filter(h -> h.info().commandLine().orElse("").contains("nl.reflectiewerkplaats.Application"))
                .map(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    private double coldStart(Path dataDir, boolean dev) throws Exception {
        int port = freePort();
        long t0 = System.nanoTime();
        child = startChild(dataDir, port, dev, out.resolve(dev ? "cold-dev.log" : "cold-jar.log"));
        try {
            return waitForLogin("http://localhost:" + port, child, Duration.ofMinutes(dev ? 5 : 2), t0);
        } finally {
            stopChild();
        }
    }

    /**
     * Starts the jar as docker/Dockerfile does: extracted ({@code -Djarmode=tools extract}), with the
     * JVM's AOT cache (JDK 25; a CDS archive on older JDKs) written by a training run that stops once
     * the Spring context is refreshed. Extraction and training are not timed: the image does them
     * when it is built.
     */
    private double coldStartWithAotCache(Path dataDir) throws Exception {
        Path dir = Files.createTempDirectory("rw-bench-extracted");
        String java = javaHome + "/bin/java";
        run(new ProcessBuilder(java, "-Djarmode=tools", "-jar", findJar().toString(), "extract", "--destination",
                dir.toString()), out.resolve("aot-extract.log"));
        Path app = dir.resolve(findJar().getFileName());
        boolean aot = Runtime.version().feature() >= 25;
        Path cache = dir.resolve(aot ? "app.aot" : "app.jsa");
        ProcessBuilder training = new ProcessBuilder(java, aot ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", app.toString(), "--server.port=" + freePort());
        training.environment().put("REFLECTIEWERKPLAATS_DATA_DIR", Files.createTempDirectory("rw-bench-training").toString());
        run(training, out.resolve("aot-training.log"));
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(java, aot ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache,
                "-jar", app.toString(), "--server.port=" + port);
        pb.environment().put("REFLECTIEWERKPLAATS_DATA_DIR", dataDir.toString());
        pb.redirectErrorStream(true).redirectOutput(out.resolve("cold-aot.log").toFile());
        long t0 = System.nanoTime();
        child = pb.start();
        try {
            return waitForLogin("http://localhost:" + port, child, Duration.ofMinutes(2), t0);
        } finally {
            stopChild();
        }
    }

    private static void run(ProcessBuilder pb, Path log) throws Exception {
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", pb.command()) + " failed, see " + log);
        }
    }

    private static double waitForLogin(String base, Process process, Duration limit, long t0) throws Exception {
        return ChildApp.waitForLogin(base, process, limit, t0, "target/benchmark/*.log");
    }

    private void stopChild() {
        Process p = child;
        if (p == null) {
            return;
        }
        child = null;
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Live bytes in the app's JVM (KB), from its class histogram ({@code jcmd GC.class_histogram},
     * which runs a full collection and counts only what is reachable), as the Karibu figure.
     */
    private long usedHeapKb(long pid) throws Exception {
        return appHistogram(pid).values().stream().mapToLong(v -> v[1]).sum() / 1024;
    }

    /** The app's threads, counted by name with the numbers left out (e.g. "http-nio-exec-#: 12"). */
    private String appThreads(long pid) throws Exception {
        String text = exec(javaHome + "/bin/jcmd", String.valueOf(pid), "Thread.print");
        Map<String, Integer> byName = new java.util.TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\"([^\"]*)\"").matcher(text);
        int total = 0;
        while (m.find()) {
            byName.merge(m.group(1).replaceAll("\\d+", "#"), 1, Integer::sum);
            total++;
        }
        StringBuilder b = new StringBuilder(total + " (");
        byName.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(6)
                .forEach(e -> b.append(e.getKey()).append(": ").append(e.getValue()).append(", "));
        return b.append("…)").toString();
    }

    /** The app's live objects per class (count, bytes). */
    private Map<String, long[]> appHistogram(long pid) throws Exception {
        String text = exec(javaHome + "/bin/jcmd", String.valueOf(pid), "GC.class_histogram");
        Map<String, long[]> byClass = parseHistogram(text);
        if (byClass.isEmpty()) {
            throw new IllegalStateException("no class histogram in: " + text);
        }
        return byClass;
    }

    private static Map<String, long[]> parseHistogram(String text) {
        Map<String, long[]> byClass = new HashMap<>();
        Matcher m = HISTOGRAM_LINE.matcher(text);
        while (m.find()) {
            byClass.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        return byClass;
    }

    private static String exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return text;
    }

    // ---------------------------------------------------------------- large case, join

    /**
     * The large case's first and second open, in three steps (the workspace, the Tijdlijn
     * tab, the Geno-sociogram tab). Per step: the browser time (action → the result
     * visible) and the server time (what the app's Vaadin requests of that step took in
     * all, from its {@code vaadin.requests} timer; see {@link ServerTime}). Each step
     * starts when the previous one has settled: the page idle and no request running.
     */
    private void largeCase(Page fac, String base, Seeded seeded) {
        Map<String, Object> result = new LinkedHashMap<>();
        ServerTime server = new ServerTime(fac, base);
        // An app in service has shown other cases before: the same views, opened once on an
        // ordinary case (40 events, 20 persons), so the first open of the large case is not
        // also the JVM's first run of this code (class loading, compiling), which any case
        // would pay right after a start.
        Step warmUp = server.step(() -> {
            fac.navigate(base + "/bijeenkomst/" + seeded.smallMeetingId);
            BrowserSupport.openInstrument(fac, "Tijdlijn");
            assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "40",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            BrowserSupport.openInstrument(fac, "Geno-sociogram");
            assertThat(fac.locator("rw-genogram .rw-gs-node")).hasCount(20,
                    new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        });
        result.put("ordinaryCaseBefore", warmUp.toMap());
        line(String.format(Locale.ROOT, "Large case: before it, an ordinary case's workspace, Tijdlijn and Geno-sociogram "
                + "(the app's first run of these views, right after its start): %s", warmUp));
        for (String run : List.of("first", "second")) {
            fac.navigate(base + "/casussen");
            Map<String, Object> r = new LinkedHashMap<>();
            Step workspace = server.step(() -> {
                fac.navigate(base + "/bijeenkomst/" + seeded.bigMeetingId);
                assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(BIG_MEETING).setExact(true)))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            });
            Step timeline = server.step(() -> {
                BrowserSupport.openInstrument(fac, "Tijdlijn");
                assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "1000",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            });
            Step genogram = server.step(() -> {
                BrowserSupport.openInstrument(fac, "Geno-sociogram");
                assertThat(fac.locator("rw-genogram .rw-gs-node")).hasCount(200,
                        new LocatorAssertions.HasCountOptions().setTimeout(60_000));
            });
            r.put("workspace", workspace.toMap());
            r.put("timelineTab", timeline.toMap());
            r.put("genogramTab", genogram.toMap());
            r.put("timelineDrawMs", String.valueOf(fac.locator("rw-timeline").getAttribute("data-render-ms")));
            result.put(run, r);
            double maxServer = Math.max(workspace.serverMs(), Math.max(timeline.serverMs(), genogram.serverMs()));
            line(String.format(Locale.ROOT, "Large case, %s open, browser (action → visible) / server (its requests): "
                            + "workspace %s, Tijdlijn tab (1,000 drawn) %s, Geno-sociogram tab (200 drawn) %s"
                            + "   target ≤ 300 ms server time: %s",
                    run, workspace, timeline, genogram, met(maxServer <= 300)));
        }
        result.put("how", "browser: the action until the result is visible; server: the time in which the app handled "
                + "at least one Vaadin request of the step (its Micrometer counter vaadin.requests.busy; the timer "
                + "vaadin.requests gives the requests and their summed durations by type; vaadin.requests.cpu the "
                + "processor time of the request threads, steadier on a shared machine), read once the page is idle "
                + "and no request runs");
        json.put("largeCase", result);
        fac.navigate(base + "/casussen");
    }

    /**
     * One step's figures: the browser time; the server's busy time (the time in which it
     * handled at least one of the step's requests); and per request type, and in all
     * ("all"), {summed durations in ms, requests}.
     */
    private record Step(double browserMs, double serverMs, double serverCpuMs, Map<String, double[]> requests) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("browserMs", browserMs);
            m.put("serverMs", serverMs);
            m.put("serverCpuMs", serverCpuMs);
            m.put("requests", (int) requests.get("all")[1]);
            m.put("requestsSummedMs", requests.get("all")[0]);
            Map<String, Object> byType = new LinkedHashMap<>();
            requests.forEach((type, v) -> {
                if (!type.equals("all")) {
                    byType.put(type, Map.of("ms", v[0], "requests", (int) v[1]));
                }
            });
            m.put("requestsByType", byType);
            return m;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5.0f / %4.0f ms (%d req., CPU %.0f ms)", browserMs, serverMs,
                    (int) requests.get("all")[1], serverCpuMs);
        }
    }

    /**
     * The server time of a step: the app times every Vaadin request it handles (page loads,
     * view starts, HTTP round trips and push messages: {@code base/ui/RequestTimes}, the
     * Micrometer timer {@code vaadin.requests}, tagged by type, and the counter
     * {@code vaadin.requests.busy}, the time in which at least one request ran); the
     * benchmark exposes {@code /actuator/metrics} for its app and reads them before and
     * after the step, through the facilitator's own login. Only this one browser talks to
     * the app during the large case, so the difference is that step's requests. The
     * busy time is the step's server time: the requests of one page overlap (a heartbeat
     * waits for the session lock), and their durations added up would count that twice.
     * Beside it, the processor time of the request threads, which a loaded machine
     * stretches far less (the embedded store's own threads are not in it).
     */
    private static final class ServerTime {
        private static final String TIMER = "/actuator/metrics/vaadin.requests";
        private final Page page;
        private final String base;

        ServerTime(Page page, String base) {
            this.page = page;
            this.base = base;
        }

        /** Runs the step; the browser time is the step itself, the server time is read once it has settled. */
        Step step(Runnable step) {
            Map<String, double[]> before = settle();
            long s = System.nanoTime();
            step.run();
            double browser = (System.nanoTime() - s) / 1e6;
            Map<String, double[]> after = settle();
            Map<String, double[]> server = new LinkedHashMap<>();
            after.forEach((type, v) -> {
                double[] b = before.getOrDefault(type, new double[2]);
                if (type.equals("all") || type.equals("busy") || type.equals("cpu") || v[1] > b[1]) {
                    server.put(type, new double[] {v[0] - b[0], v[1] - b[1]});
                }
            });
            return new Step(browser, server.remove("busy")[0], server.remove("cpu")[0], server);
        }

        /**
         * Waits until the page is idle and the app runs no request; then, per request type
         * and in all ("all"), {total ms, count} of the app's requests so far, its busy time
         * ("busy", in ms) and the processor time of its request threads ("cpu", in ms).
         */
        Map<String, double[]> settle() {
            page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && read("/actuator/metrics/vaadin.requests.active")
                    .map(j -> value(j, "ACTIVE_TASKS")).orElse(0.0) > 0) {
                sleep(20);
            }
            Map<String, double[]> totals = new LinkedHashMap<>();
            read(TIMER).ifPresent(all -> {
                totals.put("all", new double[] {value(all, "TOTAL_TIME") * 1000, value(all, "COUNT")});
                for (JsonNode tag : all.get("availableTags")) {
                    if ("type".equals(tag.get("tag").asString())) {
                        for (JsonNode type : tag.get("values")) {
                            read(TIMER + "?tag=type:" + type.asString()).ifPresent(j -> totals.put(type.asString(),
                                    new double[] {value(j, "TOTAL_TIME") * 1000, value(j, "COUNT")}));
                        }
                    }
                }
            });
            totals.putIfAbsent("all", new double[2]);
            totals.put("busy", new double[] {read("/actuator/metrics/vaadin.requests.busy")
                    .map(j -> value(j, "COUNT") * 1000).orElse(0.0), 0});
            totals.put("cpu", new double[] {read("/actuator/metrics/vaadin.requests.cpu")
                    .map(j -> value(j, "COUNT") * 1000).orElse(0.0), 0});
            return totals;
        }

        private Optional<JsonNode> read(String path) {
            APIResponse response = page.request().get(base + path);
            if (response.status() == 404) {
                return Optional.empty(); // nothing recorded yet
            }
            if (!response.ok()) {
                throw new IllegalStateException("metrics: HTTP " + response.status() + " " + response.text());
            }
            return Optional.of(JsonMapper.builder().build().readTree(response.text()));
        }

        private static double value(JsonNode metric, String statistic) {
            for (JsonNode m : metric.get("measurements")) {
                if (statistic.equals(m.get("statistic").asString())) {
                    return m.get("value").asDouble();
                }
            }
            throw new IllegalStateException("metrics: no " + statistic + " in " + metric);
        }
    }

    /**
     * Notes, on the page's own clock, when the join form is on screen and when the
     * participant's own name shows in the presence list: Playwright's waits poll (at
     * 100, 250, 500 ms and more), which would add up to half a second to what is measured.
     */
    private static final String JOIN_TIMES = """
            (name => {
              if (window.__rwJoin) return;
              const times = window.__rwJoin = {origin: performance.timeOrigin};
              const now = () => performance.timeOrigin + performance.now();
              const field = () => [...document.querySelectorAll('vaadin-text-field')].find(f => f.label === 'Naam');
              const formShown = () => {
                const f = field();
                return f && customElements.get('vaadin-text-field') && f.offsetWidth > 0;
              };
              const check = () => {
                if (!times.form && field()) {
                  // in the DOM: on screen once its element is defined and laid out
                  const frame = () => formShown() ? (times.form = times.form || now()) : requestAnimationFrame(frame);
                  frame();
                }
                if (!times.present) {
                  const list = document.querySelector('.rw-presence-people');
                  if (list && list.textContent.includes(name)) times.present = now();
                }
              };
              new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true});
              // the participant's click on "Meedoen", as it reaches the page
              document.addEventListener('click', e => {
                if (!times.click && e.composedPath().some(n => n.localName === 'vaadin-button'
                    && n.textContent.trim() === 'Meedoen')) times.click = now();
              }, true);
            })""";

    /** Counts the page's elements by tag, shadow roots included (for the join trace). */
    private static final String CENSUS = """
            () => {
              const counts = {}; let total = 0;
              const walk = root => root.querySelectorAll('*').forEach(e => {
                total++; counts[e.localName] = (counts[e.localName] || 0) + 1;
                if (e.shadowRoot) { walk(e.shadowRoot); }
              });
              walk(document);
              return total + ' in all; ' + Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 25)
                .map(([t, n]) => t + ' ' + n).join(', ');
            }""";

    private static String jsString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private Page join(Browser browser, String invite, String name) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setReducedMotion(REDUCED_MOTION ? ReducedMotion.REDUCE : null));
        context.addInitScript(ARRIVAL);
        String css = System.getProperty("bench.css", "").trim();
        if (!css.isEmpty()) {
            // an experiment: a style sheet added to every page before the product's own (-Dbench.css=...)
            context.addInitScript("document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style');"
                    + " s.textContent = " + jsString(css) + "; document.head.appendChild(s); });");
        }
        context.addInitScript(JOIN_TIMES + "(" + jsString(name) + ");");
        Page page = context.newPage();
        long s = System.nanoTime();
        List<String> trace = JOIN_TRACE && joinMillis.size() == 2 ? new ArrayList<>() : null;
        if (trace != null) {
            page.onRequestFinished(r -> trace.add(String.format(Locale.ROOT, "      %6.0f ms +%5.0f ms %8d B  %s %s",
                    (System.nanoTime() - s) / 1e6, r.timing().responseEnd, r.sizes().responseBodySize, r.method(),
                    r.url().replaceFirst("^https?://[^/]+", "").replaceAll("[?&]v-uiId=.*", "").replaceAll("(v-r=[a-z]+).*", "$1"))));
        }
        page.navigate(invite);
        Locator nameField = page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true));
        nameField.waitFor();
        long formShown = System.nanoTime();
        nameField.fill(name);
        page.getByLabel("Rol of organisatie").fill("meetlat");
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen"));
        long clicked = System.nanoTime();
        submit.click();
        Locator presence = page.locator(".rw-presence-people");
        try {
            assertThat(presence).containsText(name, new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        } catch (AssertionError lost) {
            // on an overloaded machine the click can be lost while the page reconnects
            // ("Weer verbonden"); a person would click again: counted, and in the time
            joinRetries++;
            if (submit.isVisible()) {
                submit.click();
            }
            assertThat(presence).containsText(name, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        }
        long end = System.nanoTime();
        // on the page's clock (see JOIN_TIMES): from the start of the navigation
        @SuppressWarnings("unchecked")
        Map<String, Object> times = (Map<String, Object>) page.evaluate("() => window.__rwJoin");
        if (times != null && times.get("form") instanceof Number form && times.get("present") instanceof Number present
                && times.get("click") instanceof Number click) {
            double origin = ((Number) times.get("origin")).doubleValue();
            joinFormMillis.add(form.doubleValue() - origin);
            joinWorkspaceMillis.add(present.doubleValue() - click.doubleValue());
            joinMillis.add(joinFormMillis.getLast() + joinWorkspaceMillis.getLast());
            joinWallMillis.add(present.doubleValue() - origin);
        } else {
            // not seen by the page's own observer (should not happen): the test's clock, polls and all
            line("      (join " + joinMillis.size() + ": the page's own times incomplete, " + times + "; the test's clock used)");
            joinFormMillis.add((formShown - s) / 1e6);
            joinWorkspaceMillis.add((end - clicked) / 1e6);
            joinMillis.add(joinFormMillis.getLast() + joinWorkspaceMillis.getLast());
            joinWallMillis.add((end - s) / 1e6);
        }
        if (trace != null) {
            line(String.format(Locale.ROOT, "      join trace (third join; request finished at, its own time, body, request); "
                    + "the test saw: form at %.0f ms, Meedoen at %.0f ms, own name at %.0f ms; the page's clock: "
                    + "form at %.0f ms, own name at %.0f ms:", (formShown - s) / 1e6, (clicked - s) / 1e6, (end - s) / 1e6,
                    joinFormMillis.getLast(), joinWallMillis.getLast()));
            trace.forEach(this::line);
            line("      what the workspace page holds (elements, shadow roots included; largest first): "
                    + page.evaluate(CENSUS));
        }
        page.evaluate(OBSERVE);
        return page;
    }

    private void reportJoins() {
        if (joinMillis.isEmpty() || joinsReported) {
            return;
        }
        joinsReported = true;
        Stats all = new Stats(joinMillis);
        Stats first = new Stats(joinMillis.subList(0, Math.min(10, joinMillis.size())));
        json.put("joinMs", Map.of("samples", joinMillis, "p50", all.p(50), "p95", all.p(95), "max", all.max(),
                "first10p50", first.p(50), "first10p95", first.p(95), "retries", joinRetries));
        Stats wall = new Stats(joinWallMillis);
        json.put("joinWallMs", Map.of("samples", joinWallMillis, "p50", wall.p(50), "p95", wall.p(95)));
        line(String.format(Locale.ROOT, "Join, what the participant waits (invite link → form on screen, + Meedoen → own name "
                        + "in the presence list; on the page's clock), %d participants: p50 %5.0f ms, p95 %5.0f ms, "
                        + "max %5.0f ms (first 10: p50 %5.0f, p95 %5.0f)   target ≤ 1500 ms: %s%s", joinMillis.size(),
                all.p(50), all.p(95), all.max(), first.p(50), first.p(95), met(all.p(95) <= 1500),
                joinRetries > 0 ? "  (" + joinRetries + " clicked twice)" : ""));
        line(String.format(Locale.ROOT, "      link → own name with the test's typing and clicking in between: p50 %5.0f / p95 %5.0f ms",
                wall.p(50), wall.p(95)));
        Stats form = new Stats(joinFormMillis);
        Stats workspace = new Stats(joinWorkspaceMillis);
        json.put("joinPhasesMs", Map.of("formShownP50", form.p(50), "formShownP95", form.p(95),
                "meedoenToPresentP50", workspace.p(50), "meedoenToPresentP95", workspace.p(95)));
        line(String.format(Locale.ROOT, "      of which: link → form shown p50 %5.0f / p95 %5.0f ms (page load and start); "
                + "Meedoen → own name present p50 %5.0f / p95 %5.0f ms (the workspace built and shown)",
                form.p(50), form.p(95), workspace.p(50), workspace.p(95)));
    }

    // ---------------------------------------------------------------- propagation

    private void propagation(Browser browser, String invite, List<Page> participants, int floorPort) {
        List<Map<String, Object>> rows = new ArrayList<>();
        json.put("propagation", rows);
        line("");
        line("Propagation: writer's click → token in each observer's DOM (ms; p50 / p95 / max over observers × changes)");
        line(String.format(Locale.ROOT, "%4s  %-15s %-20s %-20s %13s   %s", "K", "instrument", "floor p50/p95/max",
                "product p50/p95/max", "×floor p50/p95", "targets"));
        for (int k : KS) {
            while (participants.size() < k + 1) {
                participants.add(join(browser, invite, String.format(Locale.ROOT, "Deelnemer %03d", participants.size())));
            }
            Page writer = participants.get(0);
            List<Page> observers = participants.subList(1, k + 1);
            Stats floor = SKIP.contains("floor") ? null : floor(participants.subList(0, k + 1), floorPort);

            // instrument 1: a dream card (Vragen naar de droom)
            for (Page p : participants) {
                p.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vragen naar de droom")).click();
                p.locator(".rw-dream-board").waitFor();
            }
            idleCpu(k, participants.size());
            Stats dream = rounds(writer, observers, change(this::addDreamCard, LiveBenchmark::dreamCardShown));
            rows.add(row(k, "dream card", floor, dream));

            // instrument 2: a timeline event (Tijdlijn)
            if (!SKIP.contains("timeline")) {
                for (Page p : participants) {
                    BrowserSupport.openInstrument(p, "Tijdlijn");
                    p.locator("rw-timeline").waitFor();
                }
                try {
                    Stats timeline = rounds(writer, observers, change(this::addTimelineEvent, LiveBenchmark::timelineDialogClosed));
                    rows.add(row(k, "timeline event", floor, timeline));
                } catch (AssertionError | PlaywrightException failed) {
                    // reported, and the rest of the benchmark still runs
                    Path shot = out.resolve("failed-timeline-k" + k + ".png");
                    writer.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
                    String why = String.valueOf(failed.getMessage()).lines().findFirst().orElse("");
                    line(String.format(Locale.ROOT, "%4d  %-15s FAILED: %s (the writer's page: %s)", k, "timeline event",
                            why, shot));
                    rows.add(Map.of("k", k, "instrument", "timeline event", "failed", why));
                    writer.keyboard().press("Escape");
                }
            }
        }
    }

    /**
     * What the open pages cost while nobody does anything: the processor time of the
     * browsers (every process this JVM started, the app's aside) and of the app over
     * 5 s, as a share of one core. Work done at rest is taken from every change.
     */
    private void idleCpu(int k, int pages) {
        if (appPid < 0) {
            return;
        }
        sleep(1000);
        List<Long> browsers = browserPids();
        long b0 = ticks(browsers);
        long a0 = ticks(List.of(appPid));
        long t0 = System.nanoTime();
        sleep(5000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double browserShare = (ticks(browsers) - b0) / 100.0 / seconds;
        double appShare = (ticks(List.of(appPid)) - a0) / 100.0 / seconds;
        line(String.format(Locale.ROOT, "      at rest with %d pages open (K = %d): browsers %.0f %%, app %.0f %% of one core",
                pages, k, browserShare * 100, appShare * 100));
        json.put("idleCpuK" + k, Map.of("pages", pages, "browserShareOfCore", browserShare, "appShareOfCore", appShare));
    }

    /**
     * Processor time of these processes over 5 s after the browser closed, as a share of
     * one core: what the nodes spend when nobody does anything (reading the change stream).
     */
    private void cpuAtRest(Map<String, Long> processes) {
        sleep(2000);
        Map<String, Long> before = new LinkedHashMap<>();
        processes.forEach((name, pid) -> before.put(name, ticks(List.of(pid))));
        long t0 = System.nanoTime();
        sleep(5000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> share = new LinkedHashMap<>();
        processes.forEach((name, pid) -> share.put(name, (ticks(List.of(pid)) - before.get(name)) / 100.0 / seconds));
        json.put("crossNodeAtRestShareOfCore", share);
        line("      at rest, browser closed: " + share.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), e.getValue() * 100))
                .collect(Collectors.joining(", ")) + " of one core");
    }

    /** The processes of the browsers: Chromium's, which this JVM started through Playwright's driver. */
    private List<Long> browserPids() {
        return ProcessHandle.current().descendants()
                .filter(h -> h.info().command().orElse("").contains("chrom"))
                .map(ProcessHandle::pid).toList();
    }

    /** User + system clock ticks (1/100 s) of these processes, from /proc. */
    private static long ticks(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException gone) {
                // the process ended meanwhile
            }
        }
        return sum;
    }

    // ---------------------------------------------------------------- across two nodes

    /**
     * Two production-jar nodes on one shared store with a change stream (the embedded
     * server with its oplog, started here: see {@code support.ClusterStore}); the writer's
     * page is on node A, the K observers' pages on node B, so every change crosses nodes
     * through the change stream. K up to 20.
     */
    private void crossNode() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        json.put("crossNode", rows);
        line("");
        line("Across two nodes: writer on node A, observers on node B (change stream); dream card, ms p50 / p95 / max");
        Path folder = Files.createTempDirectory("rw-bench-cluster");
        Process nodeA = null;
        Process nodeB = null;
        try (ClusterStore store = ClusterStore.start(folder)) {
            String invite;
            ConfigurableApplicationContext seedApp = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                    "--spring.mongodb.uri=" + store.uri(), "--reflectiewerkplaats.cluster.enabled=false",
                    "--vaadin.launch-browser=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
            try {
                AccountService accounts = seedApp.getBean(AccountService.class);
                Actor.Facilitator fac = accounts.createFirstAccount(accounts.setupTokenIfNeeded().orElseThrow(), USERNAME,
                        "Bea de Meetlat", PASSWORD).asActor();
                Case theCase = seedApp.getBean(CaseService.class).createCase(fac, "Gezin Twee Nodes", "Over twee nodes");
                invite = seedApp.getBean(MeetingService.class).createMeeting(fac, theCase.getId(), MAIN_MEETING,
                        DutchTime.today().plusDays(1)).getInviteToken();
            } finally {
                seedApp.close();
            }
            int portA = freePort();
            int portB = freePort();
            nodeA = startChild(folder, portA, false, out.resolve("node-A.log"),
                    Map.of("SPRING_MONGODB_URI", store.uri(), "REFLECTIEWERKPLAATS_NODE_ID", "A"));
            nodeB = startChild(folder, portB, false, out.resolve("node-B.log"),
                    Map.of("SPRING_MONGODB_URI", store.uri(), "REFLECTIEWERKPLAATS_NODE_ID", "B"));
            waitForLogin("http://localhost:" + portA, nodeA, Duration.ofMinutes(5), System.nanoTime());
            waitForLogin("http://localhost:" + portB, nodeB, Duration.ofMinutes(5), System.nanoTime());
            Map<String, Long> measured = new LinkedHashMap<>();
            measured.put("node A", appPid(nodeA));
            measured.put("node B", appPid(nodeB));
            measured.put("store (in the benchmark's JVM)", ProcessHandle.current().pid());
            measuredProcesses = measured;
            appPid = -1; // the one node of the run before has ended; these rounds measure the processes above
            try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
                Page writer = join(browser, "http://localhost:" + portA + "/doe-mee/" + invite, "Schrijver op A");
                List<Page> observers = new ArrayList<>();
                for (int k : KS) {
                    if (k > 20) {
                        continue;
                    }
                    while (observers.size() < k) {
                        observers.add(join(browser, "http://localhost:" + portB + "/doe-mee/" + invite,
                                String.format(Locale.ROOT, "Kijker %03d op B", observers.size())));
                    }
                    Stats crossing = rounds(writer, observers, change(this::addDreamCard, LiveBenchmark::dreamCardShown));
                    Map<String, Object> row = row(k, "card A→B", null, crossing);
                    if (crossing.cpuByProcess != null) {
                        row.put("cpuPerChangeMs", crossing.cpuByProcess);
                        line("        processor time per change (ms): " + crossing.cpuByProcess.entrySet().stream()
                                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                                .collect(Collectors.joining(", ")));
                    }
                    if (k == 20) {
                        line(String.format(Locale.ROOT, "      across nodes, K = 20: p95 ≤ 150 ms: %s", met(crossing.p(95) <= 150)));
                    }
                    rows.add(row);
                }
            }
            cpuAtRest(measuredProcesses);
            json.put("crossNodeOplogWrites", store.oplogSize());
            line(String.format(Locale.ROOT, "      the shared store's oplog at the end: %,d writes (read from each stream's position on)",
                    store.oplogSize()));
        } finally {
            for (Process p : new Process[] {nodeA, nodeB}) {
                if (p != null) {
                    p.destroy();
                    if (!p.waitFor(15, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- agenda step

    /**
     * What a participant page runs for the agenda: before each step change the benchmark
     * says which step text to expect ({@code __rwAgendaExpect}); a MutationObserver notes
     * the first moment the agenda's current step shows that text, and separately the
     * first moment another instrument panel than the one shown before is built and visible.
     */
    private static final String OBSERVE_AGENDA = """
            () => {
              if (window.__rwAgenda) return true;
              const a = {expect: null};
              window.__rwAgenda = a;
              const visibleSlot = () => {
                for (const s of document.querySelectorAll('.rw-instrument-slot')) {
                  const c = s.firstElementChild;
                  if (c && s.checkVisibility() && c.getBoundingClientRect().height > 0) return s;
                }
                return null;
              };
              const check = () => {
                const e = a.expect;
                if (!e || (e.step != null && e.panel != null)) return;
                const t = performance.timeOrigin + performance.now();
                if (e.step == null) {
                  const c = document.querySelector('.rw-agenda-current');
                  if (c && c.textContent.trim().startsWith(e.title)) e.step = t;
                }
                if (e.panel == null) {
                  const s = visibleSlot();
                  if (s && s !== e.from) e.panel = t;
                }
              };
              window.__rwAgendaExpect = title => { a.expect = {title, from: visibleSlot(), step: null, panel: null}; check(); };
              window.__rwAgendaSeen = () => a.expect ? [a.expect.step, a.expect.panel] : [null, null];
              new MutationObserver(check).observe(document.documentElement,
                  {subtree: true, childList: true, characterData: true, attributes: true});
              return true;
            }""";

    /**
     * The facilitator (own page, in the meeting) goes to the next or previous step; each
     * participant notes when the new current step shows in the agenda bar and when the
     * step's instrument panel is visible. A step visited for the first time in this run
     * shows a panel every view built for it — while the group was at the step before,
     * if the views had time to prepare it, else right then ("first visit"); later visits
     * only switch.
     */
    private void agendaSteps(Browser browser, String invite, List<Page> participants, Page fac, String meetingUrl) {
        List<Map<String, Object>> rows = new ArrayList<>();
        json.put("agendaStep", rows);
        line("");
        line("Agenda step: facilitator's click on Volgende/Vorige stap → each participant (ms; p50 / p95 / max over participants × steps); "
                + STEP_GAP_MS + " ms at each step");
        line(String.format(Locale.ROOT, "%4s  %-28s %-22s %-22s", "K", "visits", "current step shown", "step's panel visible"));
        fac.navigate(meetingUrl);
        Locator chips = fac.locator(".rw-agenda-step");
        chips.first().waitFor();
        List<String> titles = chips.allTextContents().stream().map(String::trim).toList();
        Set<Integer> visited = new java.util.HashSet<>();
        for (int k : KS) {
            while (participants.size() < k) {
                participants.add(join(browser, invite, String.format(Locale.ROOT, "Deelnemer %03d", participants.size())));
            }
            List<Page> observers = participants.subList(0, k);
            for (Page p : observers) {
                p.evaluate(OBSERVE_AGENDA);
            }
            List<Double> stepCold = new ArrayList<>(), panelCold = new ArrayList<>();
            List<Double> stepWarm = new ArrayList<>(), panelWarm = new ArrayList<>();
            Map<String, List<Double>> panelByStep = new LinkedHashMap<>();
            int missing = 0;
            for (int r = 0; r < WARMUP + ROUNDS; r++) {
                int current = currentStep(fac);
                visited.add(current);
                // forward to the end, then back to the start, and so on
                boolean forward = current <= 0 || (current < titles.size() - 1 && lastForward);
                lastForward = forward;
                int target = forward ? current + 1 : current - 1;
                boolean cold = visited.add(target);
                String expect = (target + 1) + ". ";
                String expectTitle = titles.get(target).startsWith(expect) ? titles.get(target) : expect;
                String cut = expectTitle.contains(" · ") ? expectTitle.substring(0, expectTitle.indexOf(" · ")) : expectTitle;
                for (Page p : observers) {
                    p.evaluate("t => window.__rwAgendaExpect(t)", cut);
                }
                awaitIdle(fac);
                double t0 = ((Number) fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName(forward ? "Volgende stap" : "Vorige stap").setExact(true))
                        .evaluate(CLICK_AND_TIME)).doubleValue();
                assertThat(fac.locator(".rw-agenda-current")).containsText(cut,
                        new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
                List<Double[]> seen = collectAgenda(observers);
                boolean measured = r >= WARMUP || cold;
                for (Double[] s : seen) {
                    if (!measured) {
                        continue;
                    }
                    if (s[0] == null || s[1] == null) {
                        missing++;
                    }
                    if (s[0] != null) {
                        (cold ? stepCold : stepWarm).add(s[0] - t0);
                    }
                    if (s[1] != null) {
                        (cold ? panelCold : panelWarm).add(s[1] - t0);
                        panelByStep.computeIfAbsent(cut + (cold ? " (first)" : ""), x -> new ArrayList<>()).add(s[1] - t0);
                    }
                }
                sleep(STEP_GAP_MS);
            }
            rows.add(agendaRow(k, "first visit", new Stats(stepCold), new Stats(panelCold), 0));
            rows.add(agendaRow(k, "later visits", new Stats(stepWarm), new Stats(panelWarm), missing));
            Map<String, Object> byStep = new LinkedHashMap<>();
            panelByStep.forEach((step, samples) -> {
                Stats st = new Stats(samples);
                byStep.put(step, st.toMap());
                line(String.format(Locale.ROOT, "      panel of %-32s %s", step, st.triple()));
            });
            rows.add(Map.of("k", k, "panelByStep", byStep));
        }
    }

    private boolean lastForward = true;

    private static int currentStep(Page fac) {
        Locator chips = fac.locator(".rw-agenda-step");
        int n = chips.count();
        for (int i = 0; i < n; i++) {
            String cls = chips.nth(i).getAttribute("class");
            if (cls != null && cls.contains("rw-agenda-current")) {
                return i;
            }
        }
        return -1;
    }

    private Map<String, Object> agendaRow(int k, String visits, Stats step, Stats panel, int missing) {
        line(String.format(Locale.ROOT, "%4d  %-28s %-22s %-22s%s", k, visits + " (" + step.sorted.length + ")",
                step.triple(), panel.triple(), missing > 0 ? "  (" + missing + " not seen within 30 s)" : ""));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("k", k);
        row.put("visits", visits);
        row.put("currentStep", step.toMap());
        row.put("panel", panel.toMap());
        row.put("missing", missing);
        return row;
    }

    /** When each participant saw the step and its panel (nulls: not within 30 s). */
    private static List<Double[]> collectAgenda(List<Page> observers) {
        Double[][] seen = new Double[observers.size()][];
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        sleep(150);
        while (true) {
            boolean all = true;
            for (int i = 0; i < observers.size(); i++) {
                if (seen[i] == null || seen[i][0] == null || seen[i][1] == null) {
                    List<?> v = (List<?>) observers.get(i).evaluate("() => window.__rwAgendaSeen()");
                    seen[i] = new Double[] {v.get(0) instanceof Number n ? n.doubleValue() : null,
                            v.get(1) instanceof Number n ? n.doubleValue() : null};
                    all &= seen[i][0] != null && seen[i][1] != null;
                }
            }
            if (all || System.nanoTime() > end) {
                return Arrays.asList(seen);
            }
            sleep(100);
        }
    }

    private interface Change {
        /** Prepares the change on the writer's page and makes it; returns the writer's t0. */
        double make(Page writer, String token, int round);

        /** After the observers saw it: waits until the writer's own page shows the change done. */
        default void settle(Page writer, String token) {
        }
    }

    /** The dream card, or the timeline event, made and then settled on the writer's page. */
    private Change change(Change make, BiConsumer<Page, String> settle) {
        return new Change() {
            @Override
            public double make(Page writer, String token, int round) {
                return make.make(writer, token, round);
            }

            @Override
            public void settle(Page writer, String token) {
                settle.accept(writer, token);
            }
        };
    }

    private double addDreamCard(Page writer, String token, int round) {
        Locator question = writer.locator(".rw-question").nth(round % 4);
        question.locator("textarea").fill(token + " wil dierenarts worden");
        awaitIdle(writer);
        return ((Number) question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toevoegen"))
                .evaluate(CLICK_AND_TIME)).doubleValue();
    }

    private static void dreamCardShown(Page writer, String token) {
        assertThat(writer.locator(".rw-answer-card").filter(new Locator.FilterOptions().setHasText(token)))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
    }

    private double addTimelineEvent(Page writer, String token, int round) {
        writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebeurtenis toevoegen")).click();
        Locator dialog = writer.locator("vaadin-dialog.rw-timeline-dialog");
        // spread over 2018 – mid 2025: never more than a year ahead, which the dialog would first ask
        // to confirm ("Datum ver in de toekomst"; that stopped the K = 50 round of long runs)
        LocalDate date = LocalDate.of(2018, 1, 1).plusDays(7L * (tokenSeq % 400));
        dialog.getByLabel("Datum").fill(date.format(DateTimeFormatter.ofPattern("d-M-yyyy")));
        dialog.getByLabel("Datum").press("Enter");
        dialog.getByLabel("Wat gebeurde er (kort)").fill(token + " belt de mentor");
        dialog.getByLabel("Soort").click();
        writer.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Cruciaal contact tussen betrokkenen")).click();
        awaitIdle(writer);
        return ((Number) dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan"))
                .evaluate(CLICK_AND_TIME)).doubleValue();
    }

    private static void timelineDialogClosed(Page writer, String token) {
        assertThat(writer.locator("vaadin-dialog.rw-timeline-dialog")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(30_000));
    }

    private static void awaitIdle(Page page) {
        sleep(60);
        page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setPollingInterval(20).setTimeout(20_000));
    }

    /** Warm-up, then ROUNDS changes; every observer's delay for every change. */
    private Stats rounds(Page writer, List<Page> observers, Change change) {
        List<Double> samples = new ArrayList<>();
        List<Double> onTheWay = new ArrayList<>();
        List<Double> applied = new ArrayList<>();
        int missing = 0;
        List<Long> browsers = List.of();
        long browserTicks = 0;
        long appTicks = 0;
        Map<String, Long> processTicks = new LinkedHashMap<>();
        for (int r = 0; r < WARMUP + ROUNDS; r++) {
            if (r == WARMUP && appPid > 0) {
                browsers = browserPids();
                browserTicks = ticks(browsers);
                appTicks = ticks(List.of(appPid));
            }
            if (r == WARMUP && !measuredProcesses.isEmpty()) {
                browsers = browserPids();
                processTicks.put("browsers", ticks(browsers));
                measuredProcesses.forEach((name, pid) -> processTicks.put(name, ticks(List.of(pid))));
            }
            String token = nextToken();
            boolean tracing = RENDER_TRACE && r == WARMUP && !observers.isEmpty();
            if (PAGE_COST && r == WARMUP && !observers.isEmpty()) {
                printLayers(observers.get(0));
                pageMetrics = new ArrayList<>();
                for (Page o : observers) {
                    CDPSession cdp = o.context().newCDPSession(o);
                    cdp.send("Performance.enable");
                    pageMetrics.add(Map.entry(cdp, metrics(cdp)));
                }
            }
            if (tracing) {
                // Chromium's own trace of one observer's page for one change (chrome://tracing, Perfetto)
                // without V8's sampling profiler: starting it walks all compiled code in every page
                writer.context().browser().startTracing(observers.get(0), new Browser.StartTracingOptions()
                        .setCategories(List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel",
                                "v8.execute", "blink.user_timing", "latencyInfo", "v8"))
                        .setPath(out.resolve("observer-trace-k" + observers.size() + ".json")));
                sleep(500);
            }
            double t0 = change.make(writer, token, r);
            List<Double> seen = collect(observers, token);
            if (tracing) {
                sleep(500);
                writer.context().browser().stopTracing();
            }
            change.settle(writer, token);
            if (r >= WARMUP) {
                for (int i = 0; i < seen.size(); i++) {
                    Double s = seen.get(i);
                    if (s == null) {
                        missing++;
                        continue;
                    }
                    samples.add(s - t0);
                    Object arrived = observers.get(i).evaluate("k => (window.__rwArrived || {})[k] ?? null", token);
                    if (arrived instanceof Number a) {
                        onTheWay.add(a.doubleValue() - t0);
                        applied.add(s - a.doubleValue());
                    }
                }
            }
            sleep(250);
        }
        if (PAGE_COST && pageMetrics != null) {
            Map<String, Double> sum = new LinkedHashMap<>();
            for (Map.Entry<CDPSession, Map<String, Double>> m : pageMetrics) {
                Map<String, Double> now = metrics(m.getKey());
                m.getValue().forEach((k, v) -> sum.merge(k, (now.get(k) - v) * 1000 / ROUNDS / pageMetrics.size(), Double::sum));
                m.getKey().detach();
            }
            line("        per observer page and change, main thread (ms): " + sum.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
            pageMetrics = null;
        }
        Stats stats = new Stats(samples, missing);
        if (!browsers.isEmpty() && appPid > 0) {
            // processor time per change, the benchmark's own waiting and checking included
            stats.cpuPerChange = new double[] {(ticks(browsers) - browserTicks) * 10.0 / ROUNDS,
                    (ticks(List.of(appPid)) - appTicks) * 10.0 / ROUNDS};
        }
        if (!processTicks.isEmpty()) {
            Map<String, Double> perChange = new LinkedHashMap<>();
            for (Map.Entry<String, Long> start : processTicks.entrySet()) {
                long now = start.getKey().equals("browsers") ? ticks(browsers) : ticks(List.of(measuredProcesses.get(start.getKey())));
                perChange.put(start.getKey(), (now - start.getValue()) * 10.0 / ROUNDS);
            }
            stats.cpuByProcess = perChange;
        }
        if (!onTheWay.isEmpty()) {
            stats.split = new Stats[] {new Stats(onTheWay), new Stats(applied)};
        }
        return stats;
    }

    /**
     * The page's composited layers (Chromium's LayerTree domain), largest first, with the
     * element each belongs to: a layer far larger than the viewport is repainted whole
     * whenever something in it changes.
     */
    private List<Map.Entry<CDPSession, Map<String, Double>>> pageMetrics;

    private static Map<String, Double> metrics(CDPSession cdp) {
        Map<String, Double> m = new LinkedHashMap<>();
        cdp.send("Performance.getMetrics").getAsJsonArray("metrics").forEach(e -> {
            String name = e.getAsJsonObject().get("name").getAsString();
            if (name.endsWith("Duration")) {
                m.put(name, e.getAsJsonObject().get("value").getAsDouble());
            }
        });
        return m;
    }

    private void printLayers(Page page) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(out.resolve("observer-page.png")));
        CDPSession cdp = page.context().newCDPSession(page);
        List<JsonObject> trees = new ArrayList<>();
        cdp.on("LayerTree.layerTreeDidChange", trees::add);
        cdp.send("DOM.getDocument");
        cdp.send("LayerTree.enable");
        for (int i = 0; i < 50 && trees.stream().noneMatch(t -> t.has("layers")); i++) {
            page.waitForTimeout(100);
        }
        line("      composited layers of the first observer's page (width × height at offset; element):");
        trees.stream().filter(t -> t.has("layers")).reduce((a, b) -> b).ifPresent(tree -> {
            List<JsonObject> layers = new ArrayList<>();
            tree.getAsJsonArray("layers").forEach(l -> layers.add(l.getAsJsonObject()));
            layers.sort(Comparator.comparingDouble((JsonObject l) ->
                    l.get("width").getAsDouble() * l.get("height").getAsDouble()).reversed());
            line("        " + layers.size() + " layers");
            for (JsonObject l : layers.subList(0, Math.min(40, layers.size()))) {
                String element = "";
                if (l.has("backendNodeId")) {
                    JsonObject args = new JsonObject();
                    args.addProperty("backendNodeId", l.get("backendNodeId").getAsInt());
                    try {
                        JsonObject node = cdp.send("DOM.describeNode", args).getAsJsonObject("node");
                        element = node.get("nodeName").getAsString() + " " + node.get("attributes");
                    } catch (PlaywrightException e) {
                        element = "(" + e.getMessage().lines().findFirst().orElse("") + ")";
                    }
                }
                line(String.format(Locale.ROOT, "        %6.0f × %6.0f at %6.0f,%6.0f  paints %s  %s",
                        l.get("width").getAsDouble(), l.get("height").getAsDouble(),
                        l.has("offsetX") ? l.get("offsetX").getAsDouble() : 0, l.has("offsetY") ? l.get("offsetY").getAsDouble() : 0,
                        l.has("paintCount") ? l.get("paintCount").getAsString() : "?", element.length() > 160 ? element.substring(0, 160) : element));
            }
        });
        cdp.send("LayerTree.disable");
        cdp.detach();
    }

    /**
     * When each observer first saw the token (null: not within 30 s). Waits on each
     * page's promise in turn instead of polling, so the benchmark adds no work to the
     * machine while the change is on its way (a later page that saw it already answers
     * at once); the times are the pages' own.
     */
    private static List<Double> collect(List<Page> observers, String token) {
        Double[] seen = new Double[observers.size()];
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (int i = 0; i < observers.size(); i++) {
            int left = (int) Math.max(1, (end - System.nanoTime()) / 1_000_000);
            Object v = observers.get(i).evaluate("([k, ms]) => Promise.race([window.__rwWhenSeen(k),"
                    + " new Promise(resolve => setTimeout(() => resolve(null), ms))])", List.of(token, left));
            if (v instanceof Number n) {
                seen[i] = n.doubleValue();
            }
        }
        return Arrays.asList(seen);
    }

    /** The floor: the same pages' contexts, each with a bare WebSocket page; page 0 writes. */
    private Stats floor(List<Page> pages, int floorPort) {
        List<Page> floorPages = new ArrayList<>();
        try {
            for (Page p : pages) {
                Page f = p.context().newPage();
                f.setContent(String.format(Locale.ROOT, FLOOR_PAGE, floorPort));
                f.waitForFunction("() => window.__floorOpen && window.__floorOpen()");
                f.evaluate(OBSERVE);
                floorPages.add(f);
            }
            Page writer = floorPages.get(0);
            List<Page> observers = floorPages.subList(1, floorPages.size());
            return rounds(writer, observers, (w, token, round) ->
                    ((Number) w.evaluate("t => window.__floorSend(t)", token)).doubleValue());
        } finally {
            floorPages.forEach(Page::close);
        }
    }

    private Map<String, Object> row(int k, String instrument, Stats floor, Stats product) {
        String targets = "";
        if (k == 20) {
            targets = "p95 ≤ 100 ms: " + met(product.p(95) <= 100)
                    + (floor == null ? "" : "; ≤ 3× floor: " + met(product.p(95) <= 3 * floor.p(95)));
        } else if (k == 50) {
            targets = "p95 ≤ 250 ms: " + met(product.p(95) <= 250);
        }
        line(String.format(Locale.ROOT, "%4d  %-15s %-20s %-20s %13s   %s%s", k, instrument,
                floor == null ? "—" : floor.triple(), product.triple(),
                floor == null ? "—" : String.format(Locale.ROOT, "%.1f / %.1f", product.p(50) / floor.p(50),
                        product.p(95) / floor.p(95)),
                targets, product.missing > 0 ? "  (" + product.missing + " not seen within 30 s)" : ""));
        Map<String, Object> row = new LinkedHashMap<>();
        if (product.split != null) {
            line(String.format(Locale.ROOT, "        of which click → message in the page %s, message → in the DOM %s%s",
                    product.split[0].triple(), product.split[1].triple(), floor == null || floor.split == null ? ""
                            : String.format(Locale.ROOT, "  (floor: %s, %s)", floor.split[0].triple(),
                            floor.split[1].triple())));
            if (product.cpuPerChange != null) {
                line(String.format(Locale.ROOT, "        processor time per change: browsers %.0f ms (floor %s), app %.0f ms",
                        product.cpuPerChange[0], floor == null || floor.cpuPerChange == null ? "—"
                                : String.format(Locale.ROOT, "%.0f ms", floor.cpuPerChange[0]), product.cpuPerChange[1]));
                row.put("cpuPerChangeMs", Map.of("browsers", product.cpuPerChange[0], "app", product.cpuPerChange[1]));
            }
            row.put("productOnTheWay", product.split[0].toMap());
            row.put("productApplied", product.split[1].toMap());
        }
        row.put("k", k);
        row.put("instrument", instrument);
        row.put("product", product.toMap());
        if (floor != null) {
            row.put("floor", floor.toMap());
            row.put("ratioP50", product.p(50) / floor.p(50));
            row.put("ratioP95", product.p(95) / floor.p(95));
        }
        return row;
    }

    // ---------------------------------------------------------------- heap per open view (child)

    private void heap(Browser browser, String base, String invite, Seeded seeded, Page fac, List<Page> participants,
                      long pid) throws Exception {
        fac.navigate(base + "/bijeenkomst/" + seeded.mainMeetingId);
        Locator count = fac.locator(".rw-presence-count");
        assertThat(count).hasText(String.valueOf(participants.size() + 1),
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        int open = participants.size();
        long usedOpen = open > 0 ? usedHeapKb(pid) : -1;
        // what an open view holds grows with what the meeting's open step shows (here the dream
        // board, with the cards of the propagation rounds before)
        int cardsShown = fac.locator(".rw-answer-card").count();
        for (Page p : participants) {
            BrowserContext c = p.context();
            p.close();
            c.close();
        }
        participants.clear();
        assertThat(count).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(90_000));
        Map<String, long[]> histogram0 = appHistogram(pid);
        long used0 = histogram0.values().stream().mapToLong(v -> v[1]).sum() / 1024;
        String threads0 = appThreads(pid);
        String dump = prop("bench.heapDump", "");
        if (!dump.isBlank()) {
            String before = dump.replaceFirst("(\\.hprof)?$", "-before.hprof");
            exec(javaHome + "/bin/jcmd", String.valueOf(pid), "GC.heap_dump", Path.of(before).toAbsolutePath().toString());
            line("      heap dump before the " + HEAP_N + " views: " + before);
        }
        List<Page> views = new ArrayList<>();
        for (int i = 0; i < HEAP_N; i++) {
            views.add(join(browser, invite, String.format(Locale.ROOT, "Kijker %03d", i)));
        }
        assertThat(count).hasText(String.valueOf(HEAP_N + 1), new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        Map<String, long[]> histogramN = appHistogram(pid);
        long usedN = histogramN.values().stream().mapToLong(v -> v[1]).sum() / 1024;
        String threadsN = appThreads(pid);
        double perView = (usedN - used0) / (double) HEAP_N;
        // the joins' own traffic leaves what is not the views': the page loads' extra keep-alive
        // connections (a browser opens six) and idle push-writer threads; once they are gone
        // (Tomcat's keep-alive and the push writers' idle time are shorter than this wait), what
        // stays is what the open views hold; their heartbeats go on meanwhile
        Thread.sleep(SETTLE.toMillis());
        assertThat(count).hasText(String.valueOf(HEAP_N + 1));
        Map<String, long[]> histogramSettled = appHistogram(pid);
        long usedSettled = histogramSettled.values().stream().mapToLong(v -> v[1]).sum() / 1024;
        String threadsSettled = appThreads(pid);
        double perViewSettled = (usedSettled - used0) / (double) HEAP_N;
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("mode", DEV ? "dev" : "production jar");
        h.put("n", HEAP_N);
        h.put("usedWithNoParticipantKb", used0);
        h.put("usedWithNKb", usedN);
        h.put("perViewKb", perView);
        h.put("how", "live bytes by jcmd GC.class_histogram (a full GC) of the app's JVM; the facilitator's view is open in "
                + "both; N participants join in their own browser contexts and stay on the workspace");
        h.put("dreamCardsOnTheOpenStep", cardsShown);
        h.put("settleSeconds", SETTLE.toSeconds());
        h.put("usedWithNSettledKb", usedSettled);
        h.put("perViewSettledKb", perViewSettled);
        h.put("threadsWithNoParticipant", threads0);
        h.put("threadsWithN", threadsN);
        h.put("threadsWithNSettled", threadsSettled);
        if (open > 0) {
            h.put("releasedWhenClosingKb", (usedOpen - used0) / (double) open);
            h.put("closedViews", open);
        }
        json.put("heapBrowser", h);
        line("");
        line(String.format(Locale.ROOT, "Heap per open participant view, N = %d browsers (%s, live bytes by class histogram): "
                        + "%6.0f KB   target ≤ 400 KB: %s%s", HEAP_N, DEV ? "dev mode" : "production jar", perView,
                met(perView <= 400), open > 0 ? String.format(Locale.ROOT,
                        "   (closing the %d views of the propagation run released %.0f KB each)", open,
                        (usedOpen - used0) / (double) open) : ""));
        line(String.format(Locale.ROOT, "      the same %d views open, %d s later (the joins' extra connections and idle threads gone): "
                + "%6.0f KB   target ≤ 400 KB: %s", HEAP_N, SETTLE.toSeconds(), perViewSettled, met(perViewSettled <= 400)));
        line("      (the views show the meeting's dream board with " + cardsShown + " cards, from the rounds above)");
        line("      app threads with no participant: " + threads0);
        line("      app threads right after the joins: " + threadsN);
        line("      app threads " + SETTLE.toSeconds() + " s later: " + threadsSettled);
        if (HISTOGRAM) {
            printHistogramGrowth(histogram0, histogramSettled, HEAP_N);
        }
        if (!dump.isBlank()) {
            exec(javaHome + "/bin/jcmd", String.valueOf(pid), "GC.heap_dump", Path.of(dump).toAbsolutePath().toString());
            line("      heap dump with the " + HEAP_N + " views open (" + SETTLE.toSeconds() + " s after the joins): " + dump);
        }
        for (Page p : views) {
            p.context().close();
        }
    }

    // ---------------------------------------------------------------- output

    private String nextToken() {
        return String.format(Locale.ROOT, "RWB%06d", ++tokenSeq);
    }

    private static String met(boolean ok) {
        return ok ? "met" : "MISSED";
    }

    private void section(String text) {
        line("");
        line(text);
        line("=".repeat(Math.min(120, text.length())));
    }

    private void line(String text) {
        lines.add(text);
        System.out.println(text);
        System.out.flush();
    }

    private void writeResults() {
        try {
            Files.createDirectories(out);
            json.put("table", lines);
            String text = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Files.writeString(out.resolve("live-" + stamp + ".json"), text);
            Files.writeString(out.resolve("live-latest.json"), text);
            Files.writeString(out.resolve("live-latest.txt"), String.join("\n", lines) + "\n");
            System.out.println();
            System.out.println("Written: " + project.relativize(out.resolve("live-" + stamp + ".json")));
        } catch (Exception e) {
            System.err.println("could not write the results: " + e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Percentiles (nearest rank) of a list of milliseconds. */
    private static final class Stats {
        private final double[] sorted;
        private final int missing;
        /** When measured: click → message in the page, and message → token in the DOM. */
        private Stats[] split;
        /** When measured: processor ms per change in all browsers, and in the app. */
        private double[] cpuPerChange;
        /** Processor time per change (ms) of each measured process, across two nodes. */
        private Map<String, Double> cpuByProcess;

        Stats(List<Double> samples) {
            this(samples, 0);
        }

        Stats(List<Double> samples, int missing) {
            this.sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            this.missing = missing;
        }

        double p(int percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        double max() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
        }

        String triple() {
            return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", p(50), p(95), max());
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("samples", sorted.length);
            m.put("missing", missing);
            m.put("p50", p(50));
            m.put("p95", p(95));
            m.put("max", max());
            return m;
        }
    }
}
