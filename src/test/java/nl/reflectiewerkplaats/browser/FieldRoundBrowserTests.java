package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.ThreeBrowserSession;
import org.junit.jupiter.api.Test;
import java.util.regex.Pattern;

/**
 * Spanningsvelden in three browsers: the participants place in private (nothing of
 * the other's place reaches a page or its push traffic before the reveal), the
 * facilitator reveals, all three see the same picture, one moves a little and the
 * others see the movement. One participant places with the keyboard only.
 */
class FieldRoundBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);
    private static final LocatorAssertions.HasCountOptions COUNT_WAIT =
            new LocatorAssertions.HasCountOptions().setTimeout(10_000);

    @Test
    void placeInPrivateRevealAndMoveALittle() {
        ThreeBrowserSession.run("field", "Netwerkreflectie",
                p -> steps(p.fac(), p.bram(), p.sanne(), p.sanneFrames(), p.bramFrames()));
    }

    private static void steps(Page fac, Page bram, Page sanne, List<String> sanneFrames, List<String> bramFrames) {
        {
            // the facilitator opens a round on the first field; the participants are taken to it
            fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spanningsvelden")).click();
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde starten")).click();
            assertThat(bram.locator(".rw-field-line")).isVisible();
            assertThat(sanne.locator(".rw-field-line")).isVisible();

            // Bram drags to 87.3 %; Sanne uses only the keyboard
            place(bram, 873);
            Locator sanneControl = sanne.locator(".rw-place-control");
            sanneControl.focus();
            sanne.keyboard().press("Home");
            for (int i = 0; i < 250; i++) {
                sanne.keyboard().press("ArrowRight");
            }
            assertThat(sanne.locator(".rw-marker-mine")).hasAttribute("style",
                    Pattern.compile("left: 25%"), new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(fac.locator(".rw-round-progress")).containsText("2 van 2 geplaatst", WAIT);

            // nothing of Bram's place has reached Sanne's page or her push traffic
            assertThat(sanne.locator(".rw-marker")).hasCount(1);
            assertThat(String.join("\n", sanneFrames)).doesNotContain("87.3%");
            assertThat(sanne.content()).doesNotContain("87.3%");
            assertThat(bram.locator(".rw-marker")).hasCount(1);
            assertThat(String.join("\n", bramFrames)).doesNotContain("25.0%");
            assertThat(bram.content()).doesNotContain("left: 25%");
            assertThat(sanneFrames).as("push traffic was captured").isNotEmpty();
            assertThat(fac.locator(".rw-marker")).hasCount(0);
            BrowserSupport.screenshot(sanne, "field-private-participant-tablet");
            // Bram is halfway through a shared note when the facilitator reveals
            bram.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wat valt ons op? (gedeelde notities)")).fill("Half getypt: niemand durft als eerste");

            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onthullen")).click();
            fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Onthullen")).click();

            for (Page p : List.of(fac, bram, sanne)) {
                assertThat(p.locator(".rw-marker:not(.rw-marker-ghost)")).hasCount(2, COUNT_WAIT);
                assertThat(p.locator(".rw-marker[style*='87.3%']")).hasCount(1);
                assertThat(p.locator(".rw-marker[style*='left: 25%']")).hasCount(1);
                assertThat(p.locator(".rw-spread")).hasCount(1);
            }
            assertThat(fac.locator(".rw-marker-layer")).containsText("Bram");
            assertThat(fac.locator(".rw-marker-layer")).containsText("Sanne");
            assertThat(bram.locator(".rw-marker-layer")).containsText("Sanne");
            assertThat(bram.locator(".rw-marker-mine")).containsText("jij");
            assertThat(sanne.locator(".rw-marker-layer")).containsText("Bram");
            BrowserSupport.screenshot(sanne, "field-revealed-participant-tablet");
            // the reveal drew the panel again; his half-typed note is back in the new field, and he is told
            assertThat(bram.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Wat valt ons op? (gedeelde notities)")))
                    .hasValue("Half getypt: niemand durft als eerste", new LocatorAssertions.HasValueOptions().setTimeout(10_000));
            assertThat(bram.locator("vaadin-notification-card").last()).containsText("Wat je aan het typen was", WAIT);

            // Bram moves a little; the others see the movement
            place(bram, 800);
            for (Page p : List.of(fac, sanne)) {
                assertThat(p.locator(".rw-move-arrow")).hasCount(1, COUNT_WAIT);
                assertThat(p.locator(".rw-marker-ghost[style*='87.3%']")).hasCount(1);
                assertThat(p.locator(".rw-marker:not(.rw-marker-ghost)[style*='left: 80%']")).hasCount(1);
            }
            BrowserSupport.screenshot(fac, "field-moved-facilitator");

            // Bram saves why he moved; Sanne is still writing hers when the facilitator closes the round
            bram.getByLabel("Waarom schuif je? (één zin)").fill("Ik merk dat ik het vertragen toch nodig heb.");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaar mijn zin")).click();
            assertThat(bram.locator("vaadin-notification-card").last()).containsText("Je zin is bewaard.", WAIT);
            sanne.getByLabel("Waarom schuif je? (één zin)").fill("SANNEREDEN: ik wil eerst het gezin horen");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde afronden")).click();

            // what she typed is not lost: she alone sees it, with what happened
            Locator unsent = sanne.locator(".rw-unsent");
            assertThat(unsent).containsText("SANNEREDEN: ik wil eerst het gezin horen", WAIT);
            assertThat(unsent).containsText("afgesloten voordat je deze zin had bewaard");
            assertThat(unsent).containsText("Waarom schuif je?");
            assertThat(sanne.locator(".rw-field-line")).hasCount(0);
            BrowserSupport.screenshot(sanne, "field-unsent-reason-participant-tablet");
            // the others' pages took the close, sent after anything of hers: her text reached neither
            for (Page p : List.of(fac, bram)) {
                assertThat(p.locator(".rw-field-line")).hasCount(0, COUNT_WAIT);
                assertThat(p.content()).doesNotContain("SANNEREDEN");
            }
            assertThat(String.join("\n", bramFrames)).doesNotContain("SANNEREDEN");
            // Bram had saved his sentence: once his page has asked its tab and heard back (the close's
            // question and its answer are one round trip, done when the page is idle), it shows nothing
            bram.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
            assertThat(bram.locator(".rw-unsent")).hasCount(0);
            // she lets it go: gone from the page and from her tab
            unsent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weggooien")).click();
            assertThat(sanne.locator(".rw-unsent")).hasCount(0);
            sanne.waitForFunction("() => !Object.keys(sessionStorage).some(k => k.startsWith('rw-draft:spanningsveld:'))");
        }
    }

    /** Sets the range control as a drag or tap does: a new value, then a change event. */
    private static void place(Page page, int steps) {
        page.locator(".rw-place-control").evaluate(
                "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', {bubbles: true}));"
                        + " el.dispatchEvent(new Event('change', {bubbles: true})); }", steps);
    }
}
