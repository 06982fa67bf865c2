package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.ThreeBrowserSession;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.TimeoutError;
import java.util.regex.Pattern;

/**
 * Leading a meeting in three browsers: the facilitator advances the agenda and both
 * participants' screens follow; the timer shows the same time everywhere; the
 * facilitator's preparation never reaches a participant's page or push traffic.
 */
class FacilitationBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @Test
    void theGroupFollowsTheFacilitator() {
        ThreeBrowserSession.run("facilitation", "Leerbijeenkomst", p -> {
            Page fac = p.fac();
            // private preparation first
            fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Voorbereiding (alleen jij)")).click();
            fac.getByLabel("Leervraag van deze bijeenkomst").fill("PREPGEHEIM: waarom wachten we op elkaar?");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(fac.locator("vaadin-notification-card").last()).containsText("bewaard", WAIT);
            for (Page participant : List.of(p.bram(), p.sanne())) {
                assertThat(participant.getByRole(AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("Voorbereiding (alleen jij)"))).hasCount(0);
            }

            // everyone starts at step 1; the facilitator moves on and both follow
            for (Page page : List.of(p.bram(), p.sanne())) {
                assertThat(page.locator(".rw-agenda-current")).containsText("Vragen naar de droom", WAIT);
                assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vragen naar de droom")))
                        .hasAttribute("selected", "");
            }
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap")).click();
            for (Page page : List.of(p.bram(), p.sanne())) {
                assertThat(page.locator(".rw-agenda-current")).containsText("Spanningsvelden", WAIT);
                assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spanningsvelden")))
                        .hasAttribute("selected", "");
            }

            // "kijk hier": the facilitator lights up a card for everyone
            for (Page page : List.of(fac, p.sanne())) {
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vragen naar de droom")).click();
                // seen once in CI: the tab was marked but the board did not come; a person would tap again
                // (reported in the session note as an open question)
                if (!waitVisible(page.locator(".rw-dream-board"), 8_000)) {
                    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vragen naar de droom")).click();
                }
                assertThat(page.locator(".rw-dream-board")).isVisible(
                        new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            }
            p.sanne().locator(".rw-question textarea").first().fill("Weer paardrijden.");
            p.sanne().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).first().click();
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitlichten voor iedereen")).first().click();
            for (Page page : List.of(p.bram(), p.sanne())) {
                assertThat(page.locator(".rw-spotlight")).containsText("Weer paardrijden.", WAIT);
            }

            // a participant looks back, and returns to where the group is
            Page bram = p.bram();
            bram.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vragen naar de droom")).click();
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terug naar waar we nu zijn")).click();
            assertThat(bram.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spanningsvelden")))
                    .hasAttribute("selected", "");

            // "klaar": the facilitator sees how many
            p.sanne().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar")).click();
            assertThat(fac.locator(".rw-ready-count")).containsText(Pattern.compile("1 van \\d+ klaar"), WAIT);

            // the timer: the same remaining time in all three, within a second
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Timer 30 min")).click();
            for (Page page : List.of(fac, p.bram(), p.sanne())) {
                assertThat(page.locator(".rw-timer")).containsText(Pattern.compile("^(30:00|29:\\d\\d)$"), WAIT);
            }
            int a = seconds(fac);
            int b = seconds(p.bram());
            int c = seconds(p.sanne());
            assertThat(Math.max(a, Math.max(b, c)) - Math.min(a, Math.min(b, c))).isLessThanOrEqualTo(1);
            BrowserSupport.screenshot(p.sanne(), "agenda-participant");

            // werkkaart 6: feeling cards picked in silence, laid on the table together
            BrowserSupport.openInstrument(fac, "Andere taal");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaarten kiezen starten")).click();
            pickCard(p.bram(), "machteloos");
            pickCard(p.sanne(), "hoopvol");
            pickCard(p.sanne(), "machteloos");
            pickCard(p.bram(), "Mist");
            BrowserSupport.screenshot(p.sanne(), "feelings-picking-participant-tablet");
            assertThat(fac.locator(".rw-round-progress")).containsText(Pattern.compile("2 van \\d+ hebben gekozen"), WAIT);
            assertThat(p.bram().locator(".rw-feeling-revealed")).hasCount(0);
            assertThat(p.bram().locator(".rw-feeling-card[aria-pressed='true']")).hasCount(2);
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle kaarten tegelijk tonen")).click();
            fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Alle kaarten tegelijk tonen")).click();
            for (Page page : List.of(fac, p.bram(), p.sanne())) {
                Locator revealed = page.locator(".rw-feeling-revealed .rw-feeling-card");
                assertThat(revealed).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
                // the image card is laid out as its picture, named for who cannot see it
                assertThat(revealed.locator("img[alt='Mist']")).isVisible();
                assertThat(revealed.filter(new Locator.FilterOptions().setHasText("machteloos")))
                        .containsText("2");
                assertThat(revealed.filter(new Locator.FilterOptions().setHasText("hoopvol")))
                        .containsText("1");
            }
            BrowserSupport.screenshot(p.bram(), "feelings-revealed-participant");

            // the preparation never reached a participant
            assertThat(String.join("\n", p.bramFrames())).doesNotContain("PREPGEHEIM");
            assertThat(String.join("\n", p.sanneFrames())).doesNotContain("PREPGEHEIM");
            assertThat(p.bram().content()).doesNotContain("PREPGEHEIM");
            assertThat(p.sanne().content()).doesNotContain("PREPGEHEIM");
            assertThat(p.bramFrames()).isNotEmpty();
        });
    }

    private static void pickCard(Page page, String word) {
        Locator card = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(word).setExact(true));
        card.click();
        assertThat(card).hasAttribute("aria-pressed", "true");
    }

    private static int seconds(Page page) {
        return Integer.parseInt(page.locator(".rw-timer").getAttribute("data-seconds"));
    }

    private static boolean waitVisible(Locator locator, double millis) {
        try {
            locator.waitFor(new Locator.WaitForOptions().setTimeout(millis));
            return true;
        } catch (TimeoutError notYet) {
            return false;
        }
    }
}
