package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import java.util.regex.Pattern;

/**
 * The whole path in two real browsers with real push: the facilitator makes the
 * first account, logs in, creates a case and a meeting; the participant joins by the
 * invite link; both see each other; a card added by one appears for the other
 * without reload; after an app restart the card is still there.
 */
class TwoBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void facilitatorAndParticipantWorkTogetherLive() {
        Path chromium = BrowserSupport.chromium();
        assertThat(chromium).isExecutable();
        Path dataDir = TestStore.newFolder("rw-browser-store");
        ConfigurableApplicationContext app = BrowserSupport.startApp(dataDir);
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            String token = app.getBean(AccountService.class).setupTokenIfNeeded().orElseThrow();

            BrowserContext facilitatorContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
            Page fac = facilitatorContext.newPage();
            fac.navigate(base + "/eerste-account/" + token);
            fac.getByLabel("Gebruikersnaam").fill("anna@voorbeeld.nl");
            fac.getByLabel("Naam", EXACT).fill("Anna de Vries");
            fac.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(TestData.PASSWORD);
            fac.getByLabel("Wachtwoord (nog een keer)").fill(TestData.PASSWORD);
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();

            logIn(fac, base);
            assertThat(fac.locator("html")).hasAttribute("lang", "nl");
            assertThat(fac.locator(".rw-empty")).containsText("Nog geen casussen", WAIT);
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe casus")).click();
            fac.getByLabel("Schuilnaam van de casus").fill("Gezin Linde");
            fac.getByLabel("Vraag of vastloper").fill("Jesse (14) zit al maanden thuis.");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Casus aanmaken")).click();
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gezin Linde"))).isVisible();
            fac.getByLabel("Titel van de bijeenkomst").fill("Eerste leerbijeenkomst");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
            Locator linkField = fac.getByLabel("Uitnodigingslink");
            assertThat(linkField).hasValue(Pattern.compile(".*/doe-mee/[A-Za-z0-9_-]{43}$"),
                    new LocatorAssertions.HasValueOptions().setTimeout(10_000));
            String inviteLink = linkField.inputValue();
            BrowserSupport.screenshot(fac, "case-with-meeting");

            fac.getByText("Naar de werkruimte").click();
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Eerste leerbijeenkomst"))).isVisible();

            BrowserContext participantContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768));
            Page part = participantContext.newPage();
            part.navigate(inviteLink);
            part.getByLabel("Naam", EXACT).fill("Bram");
            part.getByLabel("Rol of organisatie").fill("jeugdarts, GGD");
            part.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
            assertThat(part.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Eerste leerbijeenkomst"))).isVisible();

            // both see each other in the presence list, without reload
            assertThat(fac.locator(".rw-presence-people")).containsText("Bram", WAIT);
            assertThat(part.locator(".rw-presence-people")).containsText("Anna de Vries", WAIT);

            // a card added by the participant appears for the facilitator
            Locator firstInput = part.locator(".rw-question textarea").first();
            firstInput.fill("Ik wil dierenarts worden.");
            part.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).first().click();
            assertThat(part.locator(".rw-answer-card")).containsText("Ik wil dierenarts worden.", WAIT);
            assertThat(fac.locator(".rw-answer-card")).containsText("Ik wil dierenarts worden.", WAIT);
            // the other one sees it lit up for a few seconds (no animation); its author does not
            Locator arrived = fac.locator(".rw-answer-card").filter(new Locator.FilterOptions().setHasText("Ik wil dierenarts worden."));
            assertThat(arrived).hasAttribute("data-fresh", "");
            assertThat(part.locator(".rw-answer-card[data-fresh]")).hasCount(0);
            BrowserSupport.screenshot(fac, "workspace-facilitator-card-arrived");
            assertThat(arrived).not().hasAttribute("data-fresh", "", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));

            BrowserSupport.screenshot(fac, "workspace-facilitator");
            BrowserSupport.screenshot(part, "workspace-participant");

            // and one added by the facilitator appears for the participant
            fac.locator(".rw-question textarea").nth(1).fill("Haar oma en haar mentor.");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).nth(1).click();
            assertThat(part.locator(".rw-answer-card").nth(1)).containsText("Haar oma en haar mentor.", WAIT);

            // markup typed by one is shown as plain text to the other, never run
            String payload = "<img src=x onerror=\"document.title='gehackt'\"><b>vet</b>";
            part.locator(".rw-question textarea").nth(3).fill(payload);
            part.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).nth(3).click();
            assertThat(fac.locator(".rw-answer-text").filter(new Locator.FilterOptions().setHasText("<b>vet</b>")))
                    .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
            assertThat(fac.locator(".rw-answer-card img, .rw-answer-card b")).hasCount(0);
            assertThat(fac.title()).isNotEqualTo("gehackt");

            // a lost connection is told in Dutch, and work goes on once it is back
            participantContext.setOffline(true);
            assertThat(part.locator("vaadin-connection-indicator")).containsText(
                    Pattern.compile("Geen verbinding|Verbinding verbroken"), WAIT);
            participantContext.setOffline(false);
            part.locator(".rw-question textarea").nth(2).fill("Een rustige plek om te leren.");
            part.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).nth(2).click();
            assertThat(fac.locator(".rw-answer-card").filter(new Locator.FilterOptions().setHasText("Een rustige plek om te leren.")))
                    .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));

            // the participant closes the tab: the facilitator sees them leave
            part.close();
            assertThat(fac.locator(".rw-presence-people")).not().containsText("Bram", WAIT);
            // an unknown address gets a calm Dutch page, not a bare error
            fac.navigate(base + "/bestaat-niet");
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deze pagina bestaat niet"))).isVisible();
            facilitatorContext.close();
            participantContext.close();

            // restart the app on the same data: the cards are still there
            app.close();
            app = BrowserSupport.startApp(dataDir);
            String base2 = BrowserSupport.baseUrl(app);
            BrowserContext again = browser.newContext();
            Page fac2 = again.newPage();
            logIn(fac2, base2);
            fac2.getByText("Gezin Linde").click();
            fac2.getByText("Naar de werkruimte").click();
            assertThat(fac2.locator(".rw-answer-card").first()).containsText("Ik wil dierenarts worden.", WAIT);
            assertThat(fac2.locator(".rw-answer-card")).hasCount(4);
        } finally {
            app.close();
        }
    }

    private static void logIn(Page page, String base) {
        try {
            BrowserSupport.logIn(page, base, "anna@voorbeeld.nl", TestData.PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
        } catch (AssertionError e) {
            BrowserSupport.screenshot(page, "login-failed");
            throw e;
        }
    }
}
