package nl.reflectiewerkplaats.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Playwright for Java on the system's Chromium (Debian package); browsers cannot be
 * downloaded here. Without Chromium the browser tests are skipped, unless
 * {@code RW_REQUIRE_BROWSER=1} (as in {@code .ci/run}), where they fail instead.
 */
public final class BrowserSupport {

    private BrowserSupport() {
    }

    public static Path chromium() {
        Path path = Path.of(System.getProperty("rw.chromium", "/usr/bin/chromium"));
        boolean required = "1".equals(System.getenv("RW_REQUIRE_BROWSER"));
        if (!Files.isExecutable(path)) {
            if (required) {
                throw new IllegalStateException("Chromium not found at " + path + " (install the Debian package 'chromium')");
            }
            Assumptions.abort("Chromium not found at " + path + ": browser test skipped");
        }
        return path;
    }

    /** Saves what the page shows under target/screenshots, to look at after a run. */
    public static void screenshot(com.microsoft.playwright.Page page, String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    private static final java.util.Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Logs in as a person would: username and password, then either links an
     * authenticator app (reading the key the page shows, as a person would type it
     * into the app) or types the app's current code; ends on the page after login.
     */
    public static void logIn(com.microsoft.playwright.Page page, String base, String username, String password) {
        page.navigate(base + "/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Inloggen")).click();
        com.microsoft.playwright.Locator secret = page.locator(".rw-secret");
        com.microsoft.playwright.Locator code = page.getByLabel("Code");
        code.waitFor();
        if (secret.count() > 0) {
            String key = secret.getAttribute("data-secret");
            SECRETS.put(username, key);
            code.fill(nl.reflectiewerkplaats.access.TotpCodes.codeAt(key, java.time.Instant.now()));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Koppelen en inloggen")).click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ik heb ze bewaard, verder")).click();
        } else {
            // the next period's code: the one just used at enrolment may not be used twice
            code.fill(nl.reflectiewerkplaats.access.TotpCodes.codeAt(SECRETS.get(username),
                    java.time.Instant.now().plusSeconds(30)));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Bevestigen")).click();
        }
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Starts the whole app on a free port with a fresh embedded store, as the
     * browser tests need it; extra program arguments override settings.
     */
    public static org.springframework.context.ConfigurableApplicationContext startApp(String storeName,
                                                                                      String... extraArgs) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--reflectiewerkplaats.data-dir=" + TestStore.newFolder(storeName), "--vaadin.launch-browser=false"));
        args.addAll(java.util.List.of(extraArgs));
        return new org.springframework.boot.builder.SpringApplicationBuilder(nl.reflectiewerkplaats.Application.class)
                .run(args.toArray(String[]::new));
    }

    /** Where a started app answers. */
    public static String baseUrl(org.springframework.context.ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /**
     * An account made by a beheerder, set up as its holder would through the one-time
     * link: password {@code een-lang-wachtwoord} and an authenticator app, whose key
     * {@link #logIn} then uses.
     */
    public static nl.reflectiewerkplaats.access.FacilitatorAccount account(
            org.springframework.context.ConfigurableApplicationContext app, nl.reflectiewerkplaats.access.Actor beheerder,
            String username, String displayName, String... roles) {
        nl.reflectiewerkplaats.access.AccountService accounts = app.getBean(nl.reflectiewerkplaats.access.AccountService.class);
        var link = roles.length == 0 ? accounts.createAccount(beheerder, username, displayName)
                : accounts.createAccount(beheerder, username, displayName, java.util.Set.of(roles));
        String secret = accounts.startLinkEnrolment(link.token());
        accounts.completeLink(link.token(), null, "een-lang-wachtwoord",
                nl.reflectiewerkplaats.access.TotpCodes.codeAt(secret, java.time.Instant.now()));
        SECRETS.put(username, secret);
        return accounts.findById(link.accountId()).orElseThrow();
    }

    /** The first account of a fresh app (through the setup token, as in real life): "anna", beheerder and facilitator. */
    public static nl.reflectiewerkplaats.access.Actor.Facilitator anna(
            org.springframework.context.ConfigurableApplicationContext app) {
        nl.reflectiewerkplaats.access.AccountService accounts = app.getBean(nl.reflectiewerkplaats.access.AccountService.class);
        return accounts.createFirstAccount(accounts.setupTokenIfNeeded().orElseThrow(), "anna", "Anna de Vries",
                "een-lang-wachtwoord").asActor();
    }

    /**
     * Opens an instrument of the workspace as a person would: its tab when the agenda
     * put it in the bar, otherwise through "Meer".
     */
    public static void openInstrument(com.microsoft.playwright.Page page, String name) {
        com.microsoft.playwright.Locator tab = page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(name).setExact(true));
        // wait until the workspace shows its tabs (the first is always in the bar) before deciding
        page.locator("vaadin-tabsheet.rw-instruments vaadin-tab").first().waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000));
        if (tab.count() > 0 && tab.first().isVisible()) {
            tab.first().click();
            return;
        }
        page.locator(".rw-more-instruments vaadin-menu-bar-button").first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(name).setExact(true)).click();
        // the instrument is built when first shown: give a busy machine time
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(tab.first()).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }
}
