package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestStore;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import nl.reflectiewerkplaats.casework.MeetingPaths;

/**
 * The person key on a shared device and coming back after a restart, in real browsers:
 * the key is an HttpOnly cookie set by the server that no page script can read; "dit ben
 * ik niet" makes the next person a new participant who does not see the previous
 * person's place from last time; after a real restart of the app a participant who
 * reloads is back in the meeting as the same person, and the facilitator lands back in
 * the meeting after logging in again.
 */
class PersonKeyBrowserTests {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void sharedDeviceAndReturnAfterRestart() {
        BrowserSupport.chromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Path dataDir = TestStore.newFolder("rw-personkey-store");
        ConfigurableApplicationContext app = start(dataDir);
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            app = run(app, dataDir, browser);
        } finally {
            app.close();
        }
    }

    private ConfigurableApplicationContext run(ConfigurableApplicationContext app, Path dataDir, Browser browser) {
        Page tablet = null;
        Page fac = null;
        try {
            String base = BrowserSupport.baseUrl(app);
            Actor.Facilitator anna = BrowserSupport.anna(app);
            CaseService cases = app.getBean(CaseService.class);
            MeetingService meetings = app.getBean(MeetingService.class);
            Case theCase = cases.createCase(anna, "Gezin Noord", "Wie doet wat?");
            Meeting earlier = meetings.createMeeting(anna, theCase.getId(), "Eerdere bijeenkomst", LocalDate.now(MeetingPaths.ZONE));
            Meeting today = meetings.createMeeting(anna, theCase.getId(), "Bijeenkomst vandaag", LocalDate.now(MeetingPaths.ZONE));

            fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            BrowserSupport.logIn(fac, base, "anna", "een-lang-wachtwoord");
            fac.navigate(base + "/bijeenkomst/" + today.getId());
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bijeenkomst vandaag"))).isVisible();

            // Bram joins the earlier meeting on a shared tablet
            BrowserContext tabletContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            tablet = tabletContext.newPage();
            join(tablet, base + "/doe-mee/" + earlier.getInviteToken(), "Bram", "jeugdarts", "Eerdere bijeenkomst");

            Cookie key = personKey(tabletContext, null);
            assertThat(key.httpOnly).as("the person key is HttpOnly").isTrue();
            assertThat(key.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(key.secure).as("plain http here: not Secure").isFalse();
            long days = (long) ((key.expires - Instant.now().getEpochSecond()) / 86_400);
            assertThat(days).as("lifetime in days").isBetween(80L, 91L);
            Object scriptCookies = tablet.evaluate("() => document.cookie");
            assertThat(String.valueOf(scriptCookies)).as("no script can read the person key").doesNotContain("rw_pk")
                    .doesNotContain(key.value);
            System.out.printf("PersonKey cookie: httpOnly=%s sameSite=%s secure=%s lifetime=%d days; document.cookie=\"%s\"%n",
                    key.httpOnly, key.sameSite, key.secure, days, scriptCookies);

            // Bram stands on a field in a revealed round of the earlier meeting
            RoundService rounds = app.getBean(RoundService.class);
            TensionFieldService fields = app.getBean(TensionFieldService.class);
            String fieldId = fields.lines().getFirst().id();
            Actor.Participant bram = only(meetings.listParticipants(anna, earlier.getId())).asActor();
            assertThat(bram.personKey()).isEqualTo(key.value);
            Round first = fields.openRound(anna, theCase.getId(), earlier.getId(), fieldId, Round.RevealMode.NAMED);
            fields.place(bram, first.getId(), 0.15);
            rounds.reveal(anna, first.getId());
            fields.openRound(anna, theCase.getId(), today.getId(), fieldId, Round.RevealMode.ANONYMOUS);

            // on the same tablet Bram joins today's meeting and sees where he stood last time
            tablet.navigate(base + "/doe-mee/" + today.getInviteToken());
            assertThat(tablet.getByText("Op dit apparaat deed eerder iemand mee")).isVisible(VISIBLE);
            join(tablet, null, "Bram", "jeugdarts", "Bijeenkomst vandaag");
            tablet.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spanningsvelden")).click();
            assertThat(tablet.locator(".rw-marker-last")).hasCount(1);

            // Sanne takes the tablet over: "dit ben ik niet", then she joins as a new person
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit ben ik niet")).click();
            assertThat(tablet.getByLabel("Naam", EXACT)).isVisible(VISIBLE);
            assertThat(tablet.getByText("Op dit apparaat deed eerder iemand mee")).hasCount(0);
            join(tablet, null, "Sanne", "leerkracht", "Bijeenkomst vandaag");
            assertThat(tablet.getByText("Je doet mee als Sanne")).isVisible(VISIBLE);
            tablet.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spanningsvelden")).click();
            assertThat(tablet.locator(".rw-field-line, .rw-marker-layer").first()).isVisible(VISIBLE);
            assertThat(tablet.locator(".rw-marker-last")).hasCount(0); // Sanne does not see Bram's place
            Cookie sanneKey = personKey(tabletContext, key.value);
            assertThat(sanneKey.value).isNotEqualTo(key.value);
            assertThat(sanneKey.httpOnly).isTrue();
            Participant sanne = meetings.listParticipants(anna, today.getId()).stream()
                    .filter(p -> p.getDisplayName().equals("Sanne")).findFirst().orElseThrow();
            assertThat(sanne.asActor().personKey()).isEqualTo(sanneKey.value).isNotEqualTo(bram.personKey());

            // her session ends (the session cookie is dropped), she opens the link again: recognised by
            // the person key, she may go on as herself or still say it is not her
            tabletContext.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
            tablet.navigate(base + "/doe-mee/" + today.getInviteToken());
            assertThat(tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder als Sanne")))
                    .isVisible(VISIBLE);
            assertThat(tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit ben ik niet"))).isVisible();
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder als Sanne")).click();
            assertThat(tablet.getByText("Je doet mee als Sanne")).isVisible(VISIBLE);

            // a real restart of the app on the same data: every session is gone
            app.close();
            app = start(dataDir);
            String base2 = BrowserSupport.baseUrl(app);
            tablet.navigate(base2 + "/bijeenkomst/" + today.getId());
            assertThat(tablet.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bijeenkomst vandaag")))
                    .isVisible(VISIBLE);
            assertThat(tablet.getByText("Je doet mee als Sanne")).isVisible(VISIBLE);
            assertThat(tablet.getByText("Je doet nog niet mee")).hasCount(0);
            long sannes = app.getBean(MeetingService.class).listParticipants(anna, today.getId()).stream()
                    .filter(p -> p.getDisplayName().equals("Sanne")).count();
            assertThat(sannes).as("recognised, not joined twice").isEqualTo(1);

            // the facilitator reloads: logs in again and lands back in the meeting
            fac.navigate(base2 + "/bijeenkomst/" + today.getId());
            assertThat(fac.getByLabel("Gebruikersnaam")).isVisible(VISIBLE);
            BrowserSupport.logIn(fac, base2, "anna", "een-lang-wachtwoord");
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bijeenkomst vandaag")))
                    .isVisible(VISIBLE);
            assertThat(fac.getByText("Je begeleidt als Anna de Vries")).isVisible(VISIBLE);
            assertThat(fac.url()).endsWith("/bijeenkomst/" + today.getId());
            return app;
        } catch (AssertionError | RuntimeException e) {
            if (tablet != null) {
                BrowserSupport.screenshot(tablet, "personkey-failed-tablet");
            }
            if (fac != null) {
                BrowserSupport.screenshot(fac, "personkey-failed-facilitator");
            }
            throw e;
        }
    }

    private static void join(Page page, String link, String name, String role, String meetingTitle) {
        if (link != null) {
            page.navigate(link);
        }
        page.getByLabel("Naam", EXACT).fill(name);
        page.getByLabel("Rol of organisatie").fill(role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(meetingTitle).setExact(true)))
                .isVisible(VISIBLE);
    }

    /** The person key cookie as the browser holds it (it arrives a moment after the page changed). */
    private static Cookie personKey(BrowserContext context, String notThis) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            Optional<Cookie> key = context.cookies().stream().filter(c -> c.name.equals("rw_pk"))
                    .filter(c -> !c.value.equals(notThis)).findFirst();
            if (key.isPresent()) {
                return key.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no (new) rw_pk cookie in " + context.cookies().stream().map(c -> c.name).toList());
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // through BrowserSupport: after the restart (another port) logIn still knows Anna's authenticator key
        return BrowserSupport.startApp(dataDir);
    }
}
