package nl.reflectiewerkplaats.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import org.springframework.context.ConfigurableApplicationContext;
import nl.reflectiewerkplaats.base.DutchTime;

/**
 * A meeting in three real browsers on the shared app: the facilitator Anna (her own
 * account, logged in, in the workspace) and the participants Bram and Sanne (joined by the
 * invite link), with every WebSocket frame each participant receives recorded. On a
 * failure all three pages are saved as screenshots.
 */
public final class ThreeBrowserSession {

    /**
     * The three pages, the frames each participant received, and the running app with the
     * meeting's case (to check what was stored).
     */
    public record Pages(Page fac, Page bram, Page sanne, List<String> bramFrames, List<String> sanneFrames,
                        ConfigurableApplicationContext app, Actor.Facilitator anna, String caseId) {
    }

    private ThreeBrowserSession() {
    }

    public static void run(String name, String meetingTitle, Consumer<Pages> steps) {
        BrowserSupport.chromium();
        // the shared app: each run makes its own case and meeting on it
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Beuk", "Samenwerking loopt vast.");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), meetingTitle,
                    DutchTime.today());
            String invite = base + "/doe-mee/" + meeting.getInviteToken();

            Page fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            BrowserSupport.logIn(fac, base, facilitator.username(), "een-lang-wachtwoord");
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();

            List<String> bramFrames = new CopyOnWriteArrayList<>();
            Page bram = participant(browser, invite, meetingTitle, "Bram", "jeugdarts, GGD", 1280, bramFrames);
            List<String> sanneFrames = new CopyOnWriteArrayList<>();
            Page sanne = participant(browser, invite, meetingTitle, "Sanne", "leerkracht", 1024, sanneFrames);
            fac.navigate(base + "/bijeenkomst/" + meeting.getId());
            try {
                steps.accept(new Pages(fac, bram, sanne, bramFrames, sanneFrames, app, anna, theCase.getId()));
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(fac, name + "-failed-facilitator");
                BrowserSupport.screenshot(bram, name + "-failed-bram");
                BrowserSupport.screenshot(sanne, name + "-failed-sanne");
                throw e;
            }
        }
    }

    private static Page participant(Browser browser, String invite, String meetingTitle, String name, String role,
                                    int width, List<String> frames) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 768)).newPage();
        page.onWebSocket(ws -> ws.onFrameReceived(frame -> frames.add(String.valueOf(frame.text()))));
        page.navigate(invite);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Rol of organisatie").fill(role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(meetingTitle).setExact(true)))
                .isVisible();
        return page;
    }
}
