package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

/**
 * Session time-outs in a real browser, with Vaadin's heartbeats flowing.
 *
 * <p>Idle: with {@code reflectiewerkplaats.security.idle-timeout=30s} and a heartbeat every
 * 5 s, a facilitator who leaves the page alone must be logged out after 30 s (not before
 * 28, not after 50): the heartbeats keep the servlet session touched (and Tomcat's own
 * time-out, in whole minutes, is a minute), so only the app's own idle check
 * ({@code access.ui.SessionDirectory}) can end it. The page then
 * lands on the login page by itself; a reload or a fresh visit stays there.
 *
 * <p>Absolute: with {@code reflectiewerkplaats.security.absolute-timeout=20s}, a facilitator
 * who keeps clicking is still logged out once the login is 20 s old.
 *
 * <p>Both run on two apps started side by side, the absolute one while the idle one
 * waits, to keep the test short (under a minute).
 */
class SessionTimeoutBrowserTests {

    /** How long the idle page may wait for its logout (time-out 30 s, plus a heartbeat, plus margin). */
    private static final Duration MAX_WAIT = Duration.ofSeconds(50);
    private static final LocatorAssertions.IsVisibleOptions WAIT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @Test
    void idleAndAbsoluteTimeOutsEndTheLoginDespiteHeartbeats() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext idleApp = BrowserSupport.startApp("rw-timeout-idle-store",
                "--reflectiewerkplaats.security.idle-timeout=30s", "--vaadin.heartbeatInterval=5");
        ConfigurableApplicationContext absoluteApp = null;
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            // --- idle: log in, then leave the page alone while heartbeats flow
            String idleBase = BrowserSupport.baseUrl(idleApp);
            BrowserSupport.anna(idleApp);
            String idleUser = BrowserSupport.ANNA;
            Page idle = browser.newContext().newPage();
            AtomicInteger heartbeats = new AtomicInteger();
            idle.onRequest(r -> {
                if (r.url().contains("v-r=heartbeat")) {
                    heartbeats.incrementAndGet();
                }
            });
            BrowserSupport.logIn(idle, idleBase, idleUser, TestData.PASSWORD);
            assertThat(idle.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
            Instant idleSince = Instant.now();
            AtomicReference<Instant> loggedOutAt = new AtomicReference<>();
            idle.onFrameNavigated(frame -> {
                if (frame == idle.mainFrame() && frame.url().contains("/login") && loggedOutAt.get() == null) {
                    loggedOutAt.set(Instant.now());
                }
            });

            // --- absolute (meanwhile, on a second app): an active user is logged out after 20 s
            absoluteApp = BrowserSupport.startApp("rw-timeout-absolute-store",
                    "--reflectiewerkplaats.security.absolute-timeout=20s");
            String absBase = BrowserSupport.baseUrl(absoluteApp);
            BrowserSupport.anna(absoluteApp);
            String absUser = BrowserSupport.ANNA;
            Page active = browser.newContext().newPage();
            try {
                BrowserSupport.logIn(active, absBase, absUser, TestData.PASSWORD);
                Instant loggedIn = Instant.now();
                assertThat(active.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
                int clicks = 0;
                // click between two pages every 3 s; for the first 15 s every click must still work
                while (Duration.between(loggedIn, Instant.now()).toSeconds() < 15) {
                    clickAround(active, clicks++);
                    active.waitForTimeout(3_000);
                }
                assertThat(clicks).as("clicks while the login was young").isGreaterThanOrEqualTo(4);
                assertThat(active.url()).doesNotContain("/login");
                // past 20 s: the next request (a click, or a heartbeat) ends the login
                while (Duration.between(loggedIn, Instant.now()).toSeconds() < 21) {
                    active.waitForTimeout(500);
                }
                if (!active.url().contains("/login")) {
                    try {
                        active.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werkkaarten"))
                                .click(new Locator.ClickOptions().setTimeout(3_000));
                    } catch (PlaywrightException goneMeanwhile) {
                        // the page went to the login page by itself between the check and the click
                    }
                }
                assertOnLoginPage(active, "absolute time-out");
                active.reload();
                assertOnLoginPage(active, "absolute time-out, after a reload");
                // and the old login does not come back by navigating into the app
                active.navigate(absBase + "/");
                assertOnLoginPage(active, "absolute time-out, after navigating");
                BrowserSupport.screenshot(active, "timeout-absolute-login");
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(active, "timeout-absolute-failed");
                throw e;
            }
            absoluteApp.close();
            absoluteApp = null;

            // --- back to the idle page. The first heartbeat after the time-out ends the session and the
            // page reloads into the login page by itself; if it has not after 50 s, a click must get there.
            try {
                if (Duration.between(idleSince, Instant.now()).toSeconds() < 28) {
                    assertThat(idle.url()).as("still logged in before the idle time-out").doesNotContain("/login");
                }
                long left = Math.max(1_000, MAX_WAIT.minus(Duration.between(idleSince, Instant.now())).toMillis());
                try {
                    idle.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(left));
                } catch (TimeoutError stillIn) {
                    idle.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werkkaarten")).click();
                }
                assertOnLoginPage(idle, "idle time-out");
                assertThat(loggedOutAt.get()).as("when the login page came").isNotNull();
                assertThat(Duration.between(idleSince, loggedOutAt.get()).toSeconds())
                        .as("seconds idle before the logout (time-out 30 s)").isBetween(28L, 50L);
                assertThat(heartbeats.get()).as("heartbeats sent while idle (every 5 s)").isGreaterThanOrEqualTo(5);
                BrowserSupport.screenshot(idle, "timeout-idle-login");
                idle.reload();
                assertOnLoginPage(idle, "idle time-out, after a reload");
                idle.navigate(idleBase + "/");
                assertOnLoginPage(idle, "idle time-out, after navigating");
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(idle, "timeout-idle-failed");
                throw e;
            }
        } finally {
            if (absoluteApp != null) {
                absoluteApp.close();
            }
            idleApp.close();
        }
    }

    private static void clickAround(Page page, int i) {
        String target = i % 2 == 0 ? "Werkkaarten" : "Casussen";
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(target)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(target)).first())
                .isVisible(WAIT);
        assertThat(page.url()).doesNotContain("/login");
    }

    private static void assertOnLoginPage(Page page, String why) {
        page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(page.getByLabel("Gebruikersnaam")).isVisible(WAIT);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))).isVisible(WAIT);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).hasCount(0);
    }
}
