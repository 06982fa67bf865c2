package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.solo.SoloReflectionService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Zelf reflecteren in real browsers: the facilitator makes Bram a personal link; Bram,
 * alone, places himself and answers two questions (saved as he goes); at the next meeting
 * only Bram sees "je eigen plek (thuis gekozen)". He brings his place into the round and
 * shares one answer: Sanne's page and push traffic, checked after the shared answer
 * arrived on the same channel, hold neither his place nor his other answer; the reveal
 * then shows his place to all.
 */
class SoloReflectionBrowserTests {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final LocatorAssertions.HasCountOptions COUNT =
            new LocatorAssertions.HasCountOptions().setTimeout(15_000);
    private static final String SECRET = "GEHEIMTHUIS ik twijfel aan het plan";
    private static final String SHARED = "DEELBAAR wat ik wil inbrengen";

    @Test
    void aSoloReflectionStaysPrivateUntilItsOwnerBringsItInOrSharesIt() {
        BrowserSupport.chromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        long started = System.nanoTime();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        long appUp = System.nanoTime();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            Page[] pages = new Page[3];
            try {
                steps(app, browser, pages);
            } catch (AssertionError | RuntimeException e) {
                String[] names = {"facilitator", "bram", "sanne"};
                for (int i = 0; i < pages.length; i++) {
                    if (pages[i] != null) {
                        BrowserSupport.screenshot(pages[i], "solo-failed-" + names[i]);
                    }
                }
                throw e;
            }
        }
        System.out.printf("SoloReflectionBrowserTests: app start %.1f s, steps and close %.1f s%n",
                (appUp - started) / 1e9, (System.nanoTime() - appUp) / 1e9);
    }

    private static void steps(ConfigurableApplicationContext app, Browser browser, Page[] pages) {
        Page fac;
        Page bram;
        Page sanne;
        {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            MeetingService meetings = app.getBean(MeetingService.class);
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Linde", "Wie houdt de regie?");
            Meeting first = meetings.createMeeting(anna, theCase.getId(), "Eerste bijeenkomst", DutchTime.today());

            // Bram takes part in the first meeting on his tablet
            BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768));
            bram = tablet.newPage();
            pages[1] = bram;
            BrowserSupport.joinMeeting(bram, base + "/doe-mee/" + first.getInviteToken(), "Bram", "jeugdarts",
                    "Eerste bijeenkomst");
            waitForPersonKey(tablet);

            // the facilitator makes him a personal link for the first spanningsveld
            fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            pages[0] = fac;
            BrowserSupport.logIn(fac, base, facilitator.username(), "een-lang-wachtwoord");
            fac.navigate(base + "/casussen/" + theCase.getId() + "/zelf-reflecteren");
            fac.locator("vaadin-select.rw-solo-who").click();
            fac.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Bram (jeugdarts)")).click();
            fac.locator("vaadin-checkbox-group.rw-solo-fields vaadin-checkbox").first().click();
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link maken")).click();
            Locator linkField = fac.locator("vaadin-text-field.rw-solo-link input");
            assertThat(linkField).isVisible(VISIBLE);
            String link = linkField.inputValue();
            assertThat(link).contains("/zelf/");
            assertThat(fac.locator(".rw-solo-invitation")).containsText("Bram");
            BrowserSupport.screenshot(fac, "solo-invitations-facilitator");

            // alone, Bram places himself at 20 % and answers two questions; each is saved as he goes
            bram.navigate(link);
            assertThat(bram.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zelf reflecteren")))
                    .isVisible(VISIBLE);
            bram.locator(".rw-solo-line .rw-place-control").evaluate(
                    "el => { el.value = '200'; el.dispatchEvent(new Event('input', {bubbles: true}));"
                            + " el.dispatchEvent(new Event('change', {bubbles: true})); }");
            assertThat(bram.locator(".rw-solo-saved")).containsText("Opgeslagen");
            bram.locator(".rw-solo-answer textarea").nth(0).fill(SECRET);
            bram.locator(".rw-solo-answer textarea").nth(0).blur();
            bram.locator(".rw-solo-answer textarea").nth(1).fill(SHARED);
            bram.locator(".rw-solo-answer textarea").nth(1).blur();
            assertThat(bram.locator(".rw-solo-saved")).containsText("Opgeslagen");
            // what he wrote is stored (not only kept as a draft in the tab)
            SoloReflectionService solo = app.getBean(SoloReflectionService.class);
            String token = link.substring(link.lastIndexOf('/') + 1);
            long until = System.currentTimeMillis() + 15_000;
            SoloReflectionService.SoloSession stored = solo.open(token);
            while (stored.answers().getOrDefault(stored.fields().getFirst().id(), java.util.Map.of()).size() < 2
                    && System.currentTimeMillis() < until) {
                bram.waitForTimeout(200);
                stored = solo.open(token);
            }
            String fieldId = stored.fields().getFirst().id();
            assertThat(stored.places()).containsEntry(fieldId, 0.2);
            assertThat(stored.answers().get(fieldId)).containsEntry(0, SECRET).containsEntry(1, SHARED);
            BrowserSupport.screenshot(bram, "solo-page-tablet");

            // the next meeting: Bram (same tablet) and Sanne join; the facilitator opens a round on the field
            Meeting second = meetings.createMeeting(anna, theCase.getId(), "Tweede bijeenkomst", DutchTime.today());
            String invite = base + "/doe-mee/" + second.getInviteToken();
            BrowserSupport.joinMeeting(bram, invite, "Bram", "jeugdarts", "Tweede bijeenkomst");
            List<String> sanneFrames = new CopyOnWriteArrayList<>();
            sanne = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
            pages[2] = sanne;
            sanne.onWebSocket(ws -> ws.onFrameReceived(frame -> sanneFrames.add(String.valueOf(frame.text()))));
            BrowserSupport.joinMeeting(sanne, invite, "Sanne", "leerkracht", "Tweede bijeenkomst");
            fac.navigate(base + "/bijeenkomst/" + second.getId());
            BrowserSupport.openInstrument(fac, "Spanningsvelden");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde starten")).click();
            for (Page p : List.of(bram, sanne)) {
                assertThat(p.locator(".rw-field-line")).isVisible(VISIBLE);
            }

            // only Bram sees his own place from home, with his answers
            assertThat(bram.getByText("Je eigen plek (thuis gekozen)")).isVisible(VISIBLE);
            assertThat(bram.locator(".rw-solo-own")).containsText(SECRET);
            assertThat(sanne.getByText("Je eigen plek (thuis gekozen)")).hasCount(0);
            assertThat(fac.getByText("Je eigen plek (thuis gekozen)")).hasCount(0);

            // Bram brings his place in (private until the reveal) and shares one answer
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deze plek inbrengen")).click();
            assertThat(bram.locator(".rw-solo-own")).containsText("Ingebracht in deze ronde");
            assertThat(bram.locator(".rw-marker-mine[style*='left: 20%']")).hasCount(1, COUNT);
            assertThat(bram.locator(".rw-field-line .rw-place-control")).hasValue("200");
            bram.locator(".rw-solo-share").nth(1).click();

            // the shared answer arrives for Sanne and the facilitator: a later message on the same channel
            assertThat(sanne.locator(".rw-solo-shared")).containsText(SHARED);
            assertThat(fac.locator(".rw-solo-shared")).containsText(SHARED);
            String frames = String.join("\n", sanneFrames);
            assertThat(frames).as("Sanne's push traffic").contains("DEELBAAR").doesNotContain("GEHEIMTHUIS")
                    .doesNotContain("20%");
            assertThat(sanne.content()).doesNotContain("GEHEIMTHUIS").doesNotContain("left: 20%");
            assertThat(sanne.locator(".rw-marker")).hasCount(0);
            assertThat(fac.content()).doesNotContain("GEHEIMTHUIS");
            assertThat(fac.locator(".rw-marker")).hasCount(0);
            BrowserSupport.screenshot(bram, "solo-in-meeting-owner");
            BrowserSupport.screenshot(sanne, "solo-in-meeting-other");

            // the reveal shows his place to everyone
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onthullen")).click();
            fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Onthullen")).click();
            assertThat(sanne.locator(".rw-marker[style*='left: 20%']")).hasCount(1, COUNT);
            assertThat(sanne.locator(".rw-marker-layer")).containsText("Bram");
            assertThat(sanne.content()).doesNotContain("GEHEIMTHUIS");

            // Bram takes the sharing back while the meeting lasts: it leaves the others' pages
            // (after his page, too, shows the revealed round: the reveal draws the panel anew)
            assertThat(bram.getByText("Dit is waar iedereen staat.")).isVisible(VISIBLE);
            bram.locator(".rw-solo-share").nth(1).click();
            assertThat(bram.locator(".rw-solo-share input").nth(1)).not().isChecked();
            assertThat(sanne.locator(".rw-solo-shared-answer")).hasCount(0, COUNT);
            assertThat(fac.locator(".rw-solo-shared-answer")).hasCount(0, COUNT);
            assertThat(sanne.content()).as("a shared answer taken back is gone from the page, not hidden")
                    .doesNotContain("DEELBAAR");
        }
    }

    private static void waitForPersonKey(BrowserContext context) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            if (context.cookies().stream().anyMatch(c -> c.name.equals("rw_pk"))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the person key cookie did not arrive");
    }
}
