package nl.reflectiewerkplaats.fault;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import java.util.Locale;

/**
 * A participant loses the connection for 30 seconds while typing a card on the board
 * "Vragen naar de droom": the browser goes offline (Playwright's network emulation),
 * they type on and press "Toevoegen" meanwhile. The page tells them in Dutch that
 * there is no connection; once the network is back, the card arrives with all of its
 * text: stored once, and shown in a second participant's page.
 *
 * <p>The offline time is {@code rw.fault.offline.seconds} (default 30). Prints the
 * figures.
 */
class LostConnectionFaultTests {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    /** The indicator's Dutch texts for "offline" and "trying again" (which one depends on the browser's events). */
    private static final Pattern NO_CONNECTION = Pattern.compile("Geen verbinding|Verbinding verbroken");

    @Test
    void cardTypedDuringAnOutageArrivesAfterwards() throws InterruptedException {
        BrowserSupport.chromium();
        int offlineSeconds = Integer.getInteger("rw.fault.offline.seconds", 30);
        ConfigurableApplicationContext app = BrowserSupport.startApp("rw-fault-offline-store");
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            run(app, browser, offlineSeconds);
        } finally {
            app.close();
        }
    }

    private void run(ConfigurableApplicationContext app, Browser browser, int offlineSeconds) throws InterruptedException {
        Page bram = null;
        Page sanne = null;
        try {
            String base = BrowserSupport.baseUrl(app);
            Actor.Facilitator anna = BrowserSupport.anna(app);
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Wilg", "Het contact met school loopt vast.");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(),
                    "Bijeenkomst zonder net", DutchTime.today());
            String invite = base + "/doe-mee/" + meeting.getInviteToken();

            BrowserContext bramContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            bram = BrowserSupport.joinMeeting(bramContext.newPage(), invite, "Bram", "jeugdarts", meeting.getTitle());
            sanne = BrowserSupport.joinMeeting(browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage(),
                    invite, "Sanne", "leerkracht", meeting.getTitle());

            String before = "Dat hij weer naar school gaat";
            String during = " en daar een vriend heeft die op hem wacht.";
            Locator field = bram.locator(".rw-question textarea").first();
            Locator add = bram.locator(".rw-question").first().locator(".rw-add-row vaadin-button");
            field.pressSequentially(before, new Locator.PressSequentiallyOptions().setDelay(20));

            // the network goes; Bram types on, slowly, and presses "Toevoegen"
            long offlineAt = System.nanoTime();
            bramContext.setOffline(true);
            assertThat(bram.locator("vaadin-connection-indicator")).containsText(NO_CONNECTION, WAIT);
            String shown = bram.locator("vaadin-connection-indicator").innerText().strip();
            long typingMillis = Math.max(1, offlineSeconds * 1000L / 2) / during.length();
            field.pressSequentially(during, new Locator.PressSequentiallyOptions().setDelay(typingMillis));
            add.click();
            long rest = offlineAt + offlineSeconds * 1_000_000_000L - System.nanoTime();
            if (rest > 0) {
                Thread.sleep(rest / 1_000_000);
            }
            assertThat(field).hasValue(before + during); // still what Bram typed, while offline
            assertThat(bram.locator("vaadin-connection-indicator")).containsText(NO_CONNECTION);
            double offlineFor = (System.nanoTime() - offlineAt) / 1e9;
            bramContext.setOffline(false);

            // back online. A short outage is delivered by Vaadin itself; after 3 missed heartbeats
            // (3 × 8 s) the server has let the view go and the page starts afresh: then the text
            // is put back in the field with a Dutch notice, and one click adds it
            String text = before + during;
            Locator bramsCard = bram.locator(".rw-answer-text").filter(new Locator.FilterOptions().setHasText(text));
            Locator sannesCard = sanne.locator(".rw-answer-text").filter(new Locator.FilterOptions().setHasText(text));
            Locator notice = bram.getByText("Wat je aan het typen was, staat weer in het veld");
            assertThat(bramsCard.or(notice).first()).isVisible(VISIBLE);
            boolean automatic = bramsCard.count() > 0;
            boolean restored = false;
            if (!automatic) {
                assertThat(field).hasValue(text);
                restored = true;
                assertThat(sannesCard).hasCount(0);
                add.click();
            }
            assertThat(bramsCard).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
            assertThat(sannesCard).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
            double arrivedAfter = (System.nanoTime() - offlineAt) / 1e9 - offlineFor;
            List<DreamCard> stored = app.getBean(DreamBoardService.class).listCards(anna, theCase.getId()).stream()
                    .filter(c -> c.getText().equals(text)).toList();
            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst().getAuthorName()).isEqualTo("Bram");
            assertThat(field).hasValue(""); // added: the field is empty again
            assertThat(bram.locator("vaadin-connection-indicator")).not().containsText(NO_CONNECTION, WAIT);
            // the kept draft is gone with the added card: a reload shows an empty field and no notice
            bram.reload();
            assertThat(bram.locator(".rw-question textarea").first()).isVisible(VISIBLE);
            assertThat(bramsCard).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
            assertThat(bram.locator(".rw-question textarea").first()).hasValue("");
            assertThat(notice).hasCount(0);

            System.out.printf(Locale.ROOT,
                    "LostConnection: offline %.1f s (indicator: \"%s\"), %d characters typed (%d while offline),"
                            + " delivered by reconnect alone: %s, text kept in the field: %s, arrived: %s"
                            + " (stored %d×, on the other participant's page %d×, %.1f s after reconnect)%n",
                    offlineFor, shown, text.length(), during.length(), automatic ? "yes" : "no",
                    automatic || restored ? "yes" : "no", stored.size() == 1 ? "yes" : "no",
                    stored.size(), sannesCard.count(), arrivedAfter);
        } catch (AssertionError | RuntimeException e) {
            if (bram != null) {
                BrowserSupport.screenshot(bram, "fault-offline-failed-bram");
            }
            if (sanne != null) {
                BrowserSupport.screenshot(sanne, "fault-offline-failed-sanne");
            }
            throw e;
        }
    }
}
