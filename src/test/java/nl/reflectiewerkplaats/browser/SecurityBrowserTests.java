package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.TotpCodes;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import nl.reflectiewerkplaats.base.DutchTime;
import com.microsoft.playwright.Locator;

/**
 * Login and account safety as a person meets them: a wrong second-factor code is
 * refused, a password alone opens nothing, the beheerder sees the access log but no
 * cases, disabling an account throws its open session out, the security headers are
 * sent, and an expired invite link says so.
 */
class SecurityBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @Test
    void loginNeedsBothFactorsAndDisablingAnAccountEndsItsSession() {
        ConfigurableApplicationContext app = BrowserSupport.startApp("rw-security-store");
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            AccountService accounts = app.getBean(AccountService.class);
            var first = accounts.createFirstAccount(accounts.setupTokenIfNeeded().orElseThrow(), "beheer",
                    "Bea Beheer", "een-lang-wachtwoord");
            // Bea, the first account, makes Anna's account; Anna sets it up through the one-time link
            var anna = BrowserSupport.account(app, first.asAdministrator(), "anna", "Anna de Vries");
            Case c = app.getBean(CaseService.class).createCase(anna.asActor(), "Gezin Hazelaar", "Vastgelopen");
            var oldMeeting = app.getBean(MeetingService.class).createMeeting(anna.asActor(), c.getId(), "Vorige week",
                    DutchTime.today().minusDays(7));

            // security headers on every page
            APIResponse head = playwright.request().newContext().get(base + "/login");
            assertThat(head.headers().get("content-security-policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(head.headers().get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(head.headers().get("referrer-policy")).isEqualTo("no-referrer");

            // the first account (its holder chose the password on the setup page): password, then
            // enrol; a wrong code is refused
            Page annaPage = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage();
            annaPage.navigate(base + "/login");
            annaPage.getByLabel("Gebruikersnaam").fill("beheer");
            annaPage.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
            annaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            assertThat(annaPage.locator(".rw-qr")).isVisible();
            BrowserSupport.screenshot(annaPage, "security-enrol-1024");
            String secret = annaPage.locator(".rw-secret").getAttribute("data-secret");
            String right = TotpCodes.codeAt(secret, Instant.now());
            annaPage.getByLabel("Code").fill(right.equals("000000") ? "111111" : "000000");
            annaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppelen en inloggen")).click();
            assertThat(annaPage.locator("vaadin-notification-card")).containsText("klopt niet", WAIT);
            // a password alone opened nothing: the case list is still out of reach
            annaPage.navigate(base + "/");
            assertThat(annaPage.locator(".rw-login-card")).isVisible();

            BrowserSupport.logIn(annaPage, base, "anna", "een-lang-wachtwoord");
            assertThat(annaPage.getByText("Gezin Hazelaar")).isVisible();
            BrowserSupport.screenshot(annaPage, "security-cases-1024");
            // the case page shows retention, export and erasure
            annaPage.getByText("Gezin Hazelaar").click();
            annaPage.getByText("Bewaren, exporteren en wissen").click();
            assertThat(annaPage.locator(".rw-privacy")).containsText("bewaard tot en met", WAIT);
            assertThat(annaPage.locator(".rw-meeting-card").first()).containsText("Link geldig tot");
            BrowserSupport.screenshot(annaPage, "security-case-privacy-1024");

            // the expired invite of last week's meeting says so
            Page guest = browser.newContext().newPage();
            guest.navigate(base + "/doe-mee/" + oldMeeting.getInviteToken());
            assertThat(guest.locator("body")).containsText("Deze uitnodiging is verlopen", WAIT);

            // the beheerder: the access log shows Anna's reads, but the case itself stays closed
            Page bea = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            BrowserSupport.logIn(bea, base, "beheer", "een-lang-wachtwoord");
            bea.navigate(base + "/toegangslog");
            assertThat(bea.locator("vaadin-grid")).containsText("Anna de Vries", WAIT);
            assertThat(bea.locator("vaadin-grid")).containsText(c.getId());
            BrowserSupport.screenshot(bea, "security-access-log-1920");

            // Bea disables Anna's account: Anna's open page is sent to the login
            bea.navigate(base + "/begeleiders");
            bea.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("anna")).first().waitFor();
            accounts.setDisabled(first.asAdministrator(), anna.getId(), true);
            // the open page learns it at its next heartbeat (8 s) and reloads: allow for a busy machine
            annaPage.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(40_000));
            annaPage.navigate(base + "/casussen/" + c.getId());
            assertThat(annaPage.locator(".rw-login-card")).isVisible();
            assertThat(annaPage.locator("body")).not().containsText("Vastgelopen");
            // and she cannot log in again
            annaPage.getByLabel("Gebruikersnaam").fill("anna");
            annaPage.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
            annaPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            assertThat(annaPage.locator("vaadin-notification-card")).containsText("Controleer je gebruikersnaam", WAIT);
            assertThat(accounts.findById(anna.getId()).orElseThrow().isDisabled()).isTrue();
            assertThat(Set.of(first.getRoles().toArray())).contains("BEHEERDER");
        } finally {
            app.close();
        }
    }
}
