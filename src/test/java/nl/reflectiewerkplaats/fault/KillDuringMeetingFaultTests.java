package nl.reflectiewerkplaats.fault;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.reflectiewerkplaats.Application;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.ChildApp;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app dies (SIGKILL) in the middle of a meeting in which three participants are
 * adding cards on "Vragen naar de droom", each in their own browser. The app runs as a
 * child JVM on a data folder seeded first in this JVM; a card counts as acknowledged
 * once its author's page shows it. While each participant has a half-typed next card in
 * their field, the child is killed with {@code destroyForcibly()}, then started again on
 * the same port and folder. After a reload each participant is back in the meeting as
 * the same person (recognised by the person key), every acknowledged card is there
 * exactly once, and the half-typed text is back in the field ({@code base.ui.Drafts}).
 *
 * <p>Rounds of cards: {@code rw.fault.kill.rounds} (default 3). Prints the figures.
 */
class KillDuringMeetingFaultTests {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
    private static final String[] NAMES = {"Bram", "Sanne", "Fatima"};
    private static final String TITLE = "Bijeenkomst met stroomstoring";

    private Process child;

    @Test
    void acknowledgedCardsAndDraftsSurviveAKill() throws Exception {
        BrowserSupport.chromium();
        int rounds = Integer.getInteger("rw.fault.kill.rounds", 3);
        Path dataDir = TestStore.newFolder("rw-fault-kill-store");
        Path log = Path.of("target", "fault-kill-app.log").toAbsolutePath();
        Files.createDirectories(log.getParent());

        // seed in this JVM, then let it go: the child opens the same folder
        String meetingId;
        String inviteToken;
        ConfigurableApplicationContext seed = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--reflectiewerkplaats.data-dir=" + dataDir, "--vaadin.launch-browser=false");
        try {
            Actor.Facilitator anna = BrowserSupport.anna(seed);
            Case theCase = seed.getBean(CaseService.class).createCase(anna, "Gezin Eik", "Niemand weet wie de regie heeft.");
            Meeting meeting = seed.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), TITLE,
                    DutchTime.today());
            meetingId = meeting.getId();
            inviteToken = meeting.getInviteToken();
        } finally {
            seed.close();
        }

        int port = ChildApp.freePort();
        String base = "http://localhost:" + port;
        try {
            child = startChild(dataDir, port, log);
            double firstStart = waitForLogin(base, child);
            try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
                run(browser, base, inviteToken, meetingId, dataDir, port, log, rounds, firstStart);
            }
        } finally {
            if (child != null) {
                child.destroy();
                if (!child.waitFor(20, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
        }
    }

    /**
     * Reloads as a person would, once more if the browser was between two documents (the
     * page may be busy with its own reconnect while the app comes back, and Chromium then
     * answers "not attached to an active page"); a page that cannot be reloaded still fails.
     */
    private static void reload(Page page) {
        for (int attempt = 1; ; attempt++) {
            try {
                page.reload();
                return;
            } catch (PlaywrightException betweenDocuments) {
                if (attempt == 3) {
                    throw betweenDocuments;
                }
                page.waitForTimeout(500);
            }
        }
    }

    private void run(Browser browser, String base, String inviteToken, String meetingId, Path dataDir, int port,
                     Path log, int rounds, double firstStart) throws Exception {
        List<Page> pages = new ArrayList<>();
        try {
            for (String name : NAMES) {
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
                pages.add(BrowserSupport.joinMeeting(page, base + "/doe-mee/" + inviteToken, name, "deelnemer", TITLE));
            }

            // three participants add cards, each on their own question; acknowledged = shown on the author's page
            List<String> acknowledged = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                for (int p = 0; p < NAMES.length; p++) {
                    String text = "Kaart " + r + " van " + NAMES[p] + ": een stap dichter bij de droom";
                    column(pages.get(p), p).locator("textarea").fill(text);
                    column(pages.get(p), p).locator(".rw-add-row vaadin-button").click();
                    assertThat(column(pages.get(p), p).locator(".rw-answer-text").filter(
                            new Locator.FilterOptions().setHasText(text))).hasCount(1,
                            new LocatorAssertions.HasCountOptions().setTimeout(30_000));
                    acknowledged.add(text);
                }
            }

            // each starts the next card; the app is killed while they are typing
            List<String> drafts = new ArrayList<>();
            for (int p = 0; p < NAMES.length; p++) {
                String draft = "Nog niet af, " + NAMES[p] + " typt nog";
                drafts.add(draft);
                column(pages.get(p), p).locator("textarea").pressSequentially(draft,
                        new Locator.PressSequentiallyOptions().setDelay(15));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("killed").isTrue();
            int exit = child.exitValue();

            long t0 = System.nanoTime();
            child = startChild(dataDir, port, log);
            double restart = waitForLogin(base, child);

            int kept = 0;
            int found = 0;
            for (int p = 0; p < NAMES.length; p++) {
                Page page = pages.get(p);
                reload(page);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE).setExact(true)))
                        .isVisible(VISIBLE);
                assertThat(page.getByText("Je doet mee als " + NAMES[p])).isVisible(VISIBLE);
                assertThat(page.getByText("Je doet nog niet mee")).hasCount(0);
                for (String text : acknowledged) {
                    assertThat(page.locator(".rw-answer-text").filter(new Locator.FilterOptions().setHasText(text)))
                            .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
                    if (p == 0) {
                        found++;
                    }
                }
                assertThat(page.locator(".rw-answer-card")).hasCount(acknowledged.size());
                // the half-typed card is back in the field, and the page says it was not added yet
                Locator field = column(page, p).locator("textarea");
                assertThat(field).hasValue(drafts.get(p), new LocatorAssertions.HasValueOptions().setTimeout(30_000));
                assertThat(page.getByText("Wat je aan het typen was, staat weer in het veld")).isVisible(VISIBLE);
                kept++;
                // the other fields hold nothing that was not typed there
                assertThat(page.locator(".rw-question").nth((p + 1) % NAMES.length).locator("textarea")).hasValue("");
            }
            // the presence list shows three people, not six: nobody came back as someone new
            assertThat(pages.getFirst().locator(".rw-presence-people")).containsText(NAMES[2],
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            for (String name : NAMES) {
                assertThat(pages.getFirst().locator(".rw-presence-people").getByText(name, new Locator.GetByTextOptions()
                        .setExact(true))).hasCount(1);
            }

            System.out.printf(Locale.ROOT, "KillDuringMeeting: app killed (SIGKILL, exit %d) with %d participants typing;"
                            + " cards acknowledged %d, found after restart %d, lost %d; drafts kept %d of %d;"
                            + " participants back as themselves %d of %d; child start %.1f s, restart to HTTP 200 %.1f s,"
                            + " restart to all checked %.1f s%n",
                    exit, NAMES.length, acknowledged.size(), found, acknowledged.size() - found, kept, drafts.size(),
                    NAMES.length, NAMES.length, firstStart / 1000, restart / 1000, (System.nanoTime() - t0) / 1e9);
        } catch (AssertionError | RuntimeException e) {
            for (int p = 0; p < pages.size(); p++) {
                BrowserSupport.screenshot(pages.get(p), "fault-kill-failed-" + NAMES[p]);
            }
            throw e;
        }
    }

    private static Locator column(Page page, int index) {
        return page.locator(".rw-question").nth(index);
    }

    private static Process startChild(Path dataDir, int port, Path log) throws IOException {
        return ChildApp.start(port, log, "--reflectiewerkplaats.data-dir=" + dataDir);
    }

    /** Milliseconds until the child answers HTTP 200 on /login. */
    private static double waitForLogin(String base, Process process) throws Exception {
        return ChildApp.waitForLogin(base, process, Duration.ofMinutes(3), System.nanoTime(),
                "target/fault-kill-app.log");
    }
}
