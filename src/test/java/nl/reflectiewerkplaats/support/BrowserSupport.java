package nl.reflectiewerkplaats.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.impl.TargetClosedError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CopyOnWriteArrayList;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.reflectiewerkplaats.Application;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.access.TotpCodes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.ConfigurableApplicationContext;

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
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    /** The handle {@link #playwright()} gives out, and the Playwright behind it. */
    private static Playwright sharedPlaywright;
    private static Playwright sharedPlaywrightReal;
    private static Browser sharedBrowser;

    /**
     * The one Playwright of this JVM (its driver starts once, not per test class); closing
     * the handle returned here does nothing, the driver stops when the JVM ends.
     */
    public static synchronized Playwright playwright() {
        if (sharedPlaywright == null) {
            Playwright real = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::closeShared));
            sharedPlaywright = (Playwright) Proxy.newProxyInstance(Playwright.class.getClassLoader(),
                    new Class<?>[] {Playwright.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            return null;
                        }
                        return invoke(real, method, args);
                    });
            sharedPlaywrightReal = real;
        }
        return sharedPlaywright;
    }

    private static synchronized void closeShared() {
        try {
            if (sharedBrowser != null) {
                sharedBrowser.close();
            }
            if (sharedPlaywrightReal != null) {
                sharedPlaywrightReal.close();
            }
        } catch (RuntimeException ignored) {
            // the JVM is ending; the driver goes with it
        }
    }

    /**
     * A browser for one test: Chromium is launched once per JVM (about 1–2 s a launch on two
     * cores) and each test gets its own browser contexts in it, so no cookie, session or cache
     * passes from one test to the next. Closing the returned handle closes every context (and
     * so every page) the test opened, as closing a browser of its own did.
     */
    public static synchronized Browser launch(Playwright playwright) {
        if (sharedBrowser == null || !sharedBrowser.isConnected()) {
            sharedBrowser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium())
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync")));
        }
        Browser real = sharedBrowser;
        List<BrowserContext> opened = new CopyOnWriteArrayList<>();
        return (Browser) Proxy.newProxyInstance(Browser.class.getClassLoader(), new Class<?>[] {Browser.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            for (BrowserContext context : opened) {
                                try {
                                    context.close();
                                } catch (TargetClosedError alreadyGoing) {
                                    // a page of it was closing meanwhile (e.g. its routes being undone after
                                    // the test's last step passed): the context is going, as asked
                                }
                            }
                            opened.clear();
                            return null;
                        }
                        case "contexts" -> {
                            return List.copyOf(opened);
                        }
                        default -> {
                            Object result = invoke(real, method, args);
                            if (result instanceof BrowserContext context) {
                                opened.add(context);
                            } else if (result instanceof Page page) {
                                opened.add(page.context());
                            }
                            return result;
                        }
                    }
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Authenticator keys and the last code period used, per store and username (apps of one
     * run differ; an app restarted on the same store, at another port, keeps its accounts).
     */
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    /** The store folder of each app started here, by the address it answers at. */
    private static final Map<String, Path> STORES = new ConcurrentHashMap<>();

    /** Whose keys: the account in the store of the app at this address. */
    private static String who(String base, String username) {
        return STORES.getOrDefault(base, Path.of(base)) + "|" + username;
    }

    /**
     * Logs in as a person would: username and password, then either links an
     * authenticator app (reading the key the page shows, as a person would type it
     * into the app) or types the app's current code; ends on the page after login.
     * A code period is never used twice for one account (the app refuses a replayed
     * code), so a quick second login waits for the next period, as a person would.
     */
    public static void logIn(Page page, String base, String username, String password) {
        String who = who(base, username);
        page.navigate(base + "/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")).click();
        Locator secret = page.locator(".rw-secret");
        Locator code = page.getByLabel("Code");
        code.waitFor();
        if (secret.count() > 0) {
            String key = secret.getAttribute("data-secret");
            SECRETS.put(who, key);
            code.fill(TotpCodes.codeAt(key, Instant.ofEpochSecond(unusedStep(who) * 30 + 1)));
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Koppelen en inloggen")).click();
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Ik heb ze bewaard, verder")).click();
        } else {
            code.fill(TotpCodes.codeAt(SECRETS.get(who), Instant.ofEpochSecond(unusedStep(who) * 30 + 1)));
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Bevestigen")).click();
        }
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * A code period the app accepts now (this one or the next) and this account has not
     * used yet; waits for the clock when both are used.
     */
    private static long unusedStep(String who) {
        while (true) {
            long now = Instant.now().getEpochSecond() / 30;
            long step = Math.max(now, LAST_STEP.getOrDefault(who, Long.MIN_VALUE) + 1);
            if (step <= now + 1) {
                LAST_STEP.put(who, step);
                return step;
            }
            long wait = Math.max(100, (now + 1) * 30_000 - System.currentTimeMillis() + 200);
            // said aloud: a test that waits here logs in too often as one account
            System.out.printf("BrowserSupport.logIn: %s waits %d ms for an unused authenticator code%n", who, wait);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Starts the whole app on a free port with a fresh embedded store, as the
     * browser tests need it; extra program arguments override settings.
     */
    public static ConfigurableApplicationContext startApp(String storeName, String... extraArgs) {
        return startApp(TestStore.newFolder(storeName), extraArgs);
    }

    /** Starts the whole app on a free port on the given store folder, e.g. again after a restart. */
    public static ConfigurableApplicationContext startApp(Path dataDir, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--reflectiewerkplaats.data-dir=" + dataDir, "--vaadin.launch-browser=false"));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(args.toArray(String[]::new));
        STORES.put(baseUrl(app), dataDir);
        return app;
    }

    private static ConfigurableApplicationContext shared;
    private static Actor.Facilitator sharedAnna;

    /**
     * One app for the browser tests that need no store of their own, started the first
     * time a test asks and closed when the test run ends: each such test makes its own
     * case and meetings on it, so starting an app per test (20–40 s each on two cores)
     * is not needed. Tests that stop, kill or restart an app start their own.
     *
     * <p>Every app started in this JVM makes its security-context strategy the JVM-wide
     * {@link SecurityContextHolder} (Vaadin does so at start-up), so after another test's
     * app the shared one would read who is logged in through a strategy its own filter
     * chain never clears. In production an app is alone in its JVM: handing out the shared
     * app points the holder back at its own strategy, as it would be there.
     */
    public static synchronized ConfigurableApplicationContext sharedApp() {
        if (shared == null || !shared.isActive()) {
            shared = startApp("rw-browser-shared-store");
            sharedAnna = anna(shared);
            ConfigurableApplicationContext app = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        }
        SecurityContextHolder.setContextHolderStrategy(shared.getBean(SecurityContextHolderStrategy.class));
        return shared;
    }

    /** A person who logs in: the username to type and who they are in the app. */
    public record Login(String username, Actor.Facilitator actor) {
    }

    private static int sharedLogins;

    /**
     * A new facilitator (and beheerder, as {@link #anna}) on the {@link #sharedApp()}, named
     * "Anna de Vries" and made by the shared app's anna, for one test to log in as. Each test
     * its own account: an account may use each 30-second code once, so tests logging in as
     * one shared account one after another would wait for the authenticator's clock.
     */
    public static synchronized Login sharedFacilitator() {
        ConfigurableApplicationContext app = sharedApp();
        AccountService accounts = app.getBean(AccountService.class);
        String username = ANNA + "." + ++sharedLogins;
        FacilitatorAccount account = account(app, accounts.findByUsername(ANNA).orElseThrow().asAdministrator(),
                username, "Anna de Vries", AccountService.ROLE_BEHEERDER, AccountService.ROLE_FACILITATOR);
        return new Login(username, account.asActor());
    }

    /** {@link #anna} of the {@link #sharedApp()}. */
    public static synchronized Actor.Facilitator sharedAnna() {
        sharedApp();
        return sharedAnna;
    }

    /** Where a started app answers. */
    public static String baseUrl(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /**
     * An account made by a beheerder, set up as its holder would through the one-time
     * link: password {@code een-lang-wachtwoord} and an authenticator app, whose key
     * {@link #logIn} then uses.
     */
    public static FacilitatorAccount account(
            ConfigurableApplicationContext app, Actor beheerder,
            String username, String displayName, String... roles) {
        AccountService accounts = app.getBean(AccountService.class);
        var link = roles.length == 0 ? accounts.createAccount(beheerder, username, displayName)
                : accounts.createAccount(beheerder, username, displayName, Set.of(roles));
        String secret = accounts.startLinkEnrolment(link.token());
        accounts.completeLink(link.token(), null, "een-lang-wachtwoord",
                TotpCodes.codeAt(secret, Instant.now()));
        SECRETS.put(who(baseUrl(app), username), secret);
        // the code of this period was used to link the app
        LAST_STEP.put(who(baseUrl(app), username), Instant.now().getEpochSecond() / 30);
        return accounts.findById(link.accountId()).orElseThrow();
    }

    /** The username of {@link #anna}, who logs in with {@link TestData#PASSWORD}. */
    public static final String ANNA = "anna";

    /** The first account of a fresh app (through the setup token, as in real life): "anna", beheerder and facilitator. */
    public static Actor.Facilitator anna(ConfigurableApplicationContext app) {
        AccountService accounts = app.getBean(AccountService.class);
        return accounts.createFirstAccount(accounts.setupTokenIfNeeded().orElseThrow(), ANNA, "Anna de Vries",
                TestData.PASSWORD).asActor();
    }

    /**
     * Opens an instrument of the workspace as a person would: its tab when the agenda
     * put it in the bar, otherwise through "Meer".
     */
    public static void openInstrument(Page page, String name) {
        Locator tab = page.getByRole(AriaRole.TAB,
                new Page.GetByRoleOptions().setName(name).setExact(true));
        // wait until the workspace shows its tabs (the first is always in the bar) before deciding
        page.locator("vaadin-tabsheet.rw-instruments vaadin-tab").first().waitFor(
                new Locator.WaitForOptions().setTimeout(20_000));
        if (tab.count() > 0 && tab.first().isVisible()) {
            tab.first().click();
            return;
        }
        page.locator(".rw-more-instruments vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM,
                new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        // the instrument is built when first shown: give a busy machine time
        PlaywrightAssertions.assertThat(tab.first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    private static final LocatorAssertions.IsVisibleOptions JOINED =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    /** Joins a meeting through its invite link as a participant would; ends when the workspace shows. */
    public static Page joinMeeting(Page page, String invite, String name, String role, String meetingTitle) {
        page.navigate(invite);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Rol of organisatie").fill(role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(meetingTitle).setExact(true)))
                .isVisible(JOINED);
        PlaywrightAssertions.assertThat(page.locator(".rw-question textarea").first()).isVisible(JOINED);
        return page;
    }
}
