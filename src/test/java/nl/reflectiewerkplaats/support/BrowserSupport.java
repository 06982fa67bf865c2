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
}
