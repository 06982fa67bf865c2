package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A participant who joins after the facilitator logged in is the participant, also when a
 * second app was started later in the same JVM (as the browser tests do beside a shared
 * app). Vaadin makes the last started app's security-context strategy the JVM-wide
 * {@code SecurityContextHolder}; a login written there stayed on the worker thread,
 * outside the first app's filter chain that clears its own, and the next anonymous request
 * on that thread read it: Bram, who joined by the invite link, was shown the workspace as
 * "Je begeleidt als Anna de Vries". One worker thread makes every request meet that thread.
 */
class TwoAppsOneJvmBrowserTests {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @Test
    void aParticipantJoiningAfterTheFacilitatorsLoginIsNeverTheFacilitator() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.startApp("rw-two-apps-store",
                "--server.tomcat.threads.max=1", "--server.tomcat.threads.min-spare=1");
        ConfigurableApplicationContext other = null;
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            other = BrowserSupport.startApp("rw-two-apps-other-store");
            String base = BrowserSupport.baseUrl(app);
            Actor.Facilitator anna = BrowserSupport.anna(app);
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Wils", "Wie houdt de regie?");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(),
                    "Bijeenkomst Wils", DutchTime.today());
            Page fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            Page bram = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage();
            try {
                BrowserSupport.logIn(fac, base, BrowserSupport.ANNA, "een-lang-wachtwoord");
                fac.navigate(base + "/bijeenkomst/" + meeting.getId());
                assertThat(fac.getByText("Je begeleidt als Anna de Vries")).isVisible(VISIBLE);

                String invite = base + "/doe-mee/" + meeting.getInviteToken();
                bram.navigate(invite);
                // the invite link asks who he is: it does not take him into the meeting as someone else
                assertThat(bram.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))).isVisible(VISIBLE);
                BrowserSupport.joinMeeting(bram, invite, "Bram", "jeugdarts", "Bijeenkomst Wils");
                assertThat(bram.getByText("Je doet mee als Bram")).isVisible(VISIBLE);
                assertThat(bram.getByText("Je begeleidt als Anna de Vries")).hasCount(0);
                assertThat(bram.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verslag (PDF)")))
                        .hasCount(0);
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(fac, "two-apps-failed-facilitator");
                BrowserSupport.screenshot(bram, "two-apps-failed-bram");
                throw e;
            }
        } finally {
            if (other != null) {
                other.close();
            }
            app.close();
        }
    }
}
