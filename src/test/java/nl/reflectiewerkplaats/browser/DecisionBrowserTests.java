package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.decision.DecisionService;
import nl.reflectiewerkplaats.decision.Spread;
import nl.reflectiewerkplaats.spiderweb.SelfAssessment;
import nl.reflectiewerkplaats.spiderweb.SpiderWebService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.ThreeBrowserSession;
import org.junit.jupiter.api.Test;

/**
 * The decision-level check and the spinnenweb in three browsers (facilitator Anna,
 * participants Bram and Sanne) on a real app with real push.
 */
class DecisionBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    private static final LocatorAssertions.HasCountOptions COUNT_WAIT =
            new LocatorAssertions.HasCountOptions().setTimeout(15_000);
    private static final String DECISION = "Jesse start na de herfstvakantie twee ochtenden op school";

    /**
     * Each participant names a level in silence: until the reveal, nothing of one's choice
     * reaches the other's page or push traffic (checked once a later message — the new
     * count — arrived on that same channel); then all three see the same spread, and the
     * decision is stored with it.
     */
    @Test
    void levelsArePrivateUntilTheRevealThenEveryoneSeesTheSameSpread() {
        ThreeBrowserSession.run("decision", "MDO Jesse", p -> {
            Page fac = p.fac();
            Page bram = p.bram();
            Page sanne = p.sanne();
            BrowserSupport.openInstrument(fac, "Besluitniveau");
            fac.getByLabel("Besluit", new Page.GetByLabelOptions().setExact(true)).fill(DECISION);
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check starten")).click();

            // the round takes the participants to the check
            for (Page page : List.of(bram, sanne)) {
                assertThat(page.locator(".rw-decision-text")).containsText(DECISION, WAIT);
                assertThat(page.locator(".rw-level-pick")).hasCount(6, COUNT_WAIT);
                assertThat(page.locator(".rw-levels-not-acceptable .rw-level-pick")).hasCount(4);
                assertThat(page.locator(".rw-levels-acceptable .rw-level-pick")).hasCount(2);
            }
            assertThat(fac.locator(".rw-decision-count")).containsText("0 van 2 gekozen", WAIT);

            // Bram chooses; Sanne's channel then carries the new count, and nothing of his level
            int sanneMark = p.sanneFrames().size();
            pick(bram, "doordrukken");
            assertThat(sanne.locator(".rw-decision-count")).containsText("1 van 2 gekozen", WAIT);
            String sanneSince = since(p.sanneFrames(), sanneMark);
            assertThat(sanneSince).as("a later message arrived on Sanne's channel").contains("1 van 2 gekozen");
            assertThat(sanneSince).doesNotContain("doordrukken").doesNotContain("rw-decision-spread")
                    .doesNotContain("rw-spread-row");

            // Sanne chooses; Bram's channel carries the new count, and nothing of her level
            int bramMark = p.bramFrames().size();
            pick(sanne, "synergie");
            assertThat(bram.locator(".rw-decision-count")).containsText("2 van 2 gekozen", WAIT);
            assertThat(fac.locator(".rw-decision-count")).containsText("2 van 2 gekozen", WAIT);
            String bramSince = since(p.bramFrames(), bramMark);
            assertThat(bramSince).as("a later message arrived on Bram's channel").contains("2 van 2 gekozen");
            assertThat(bramSince).doesNotContain("synergie").doesNotContain("rw-decision-spread")
                    .doesNotContain("rw-spread-row");
            // …and none of the pages shows another's choice or any spread
            assertThat(bram.locator(".rw-level-pick[aria-pressed='true']")).hasCount(1);
            assertThat(bram.locator(".rw-level-pick[aria-pressed='true']")).hasAttribute("data-level", "doordrukken");
            assertThat(sanne.locator(".rw-level-pick[aria-pressed='true']")).hasAttribute("data-level", "synergie");
            for (Page page : List.of(fac, bram, sanne)) {
                assertThat(page.locator(".rw-decision-spread")).hasCount(0);
            }
            assertThat(p.sanneFrames()).as("push traffic was captured").isNotEmpty();
            sanne.setViewportSize(1024, 768);
            BrowserSupport.screenshot(sanne, "decision-private-participant-1024x768");
            fac.setViewportSize(1920, 1080);
            BrowserSupport.screenshot(fac, "decision-private-facilitator-1920x1080");

            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spreiding laten zien")).click();
            fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Spreiding laten zien")).click();

            // everyone sees the same spread, acceptable and not acceptable apart
            String spreadOnFac = null;
            for (Page page : List.of(fac, bram, sanne)) {
                Locator spread = page.locator(".rw-decision-spread");
                assertThat(spread).containsText("1 van de 2 kozen een acceptabel niveau", WAIT);
                assertThat(page.locator(".rw-spread-not-acceptable .rw-spread-row")).hasCount(4);
                assertThat(page.locator(".rw-spread-acceptable .rw-spread-row")).hasCount(2);
                assertThat(page.locator(".rw-spread-row[data-level='doordrukken']")).hasAttribute("data-count", "1");
                assertThat(page.locator(".rw-spread-row[data-level='synergie']")).hasAttribute("data-count", "1");
                assertThat(page.locator(".rw-spread-row[data-count='0']")).hasCount(4);
                assertThat(page.locator(".rw-level-pick")).hasCount(0);
                String text = spread.innerText();
                if (spreadOnFac == null) {
                    spreadOnFac = text;
                } else {
                    assertThat(text).as("the same spread on every page").isEqualTo(spreadOnFac);
                }
            }
            BrowserSupport.screenshot(fac, "decision-revealed-facilitator-1920x1080");
            BrowserSupport.screenshot(sanne, "decision-revealed-participant-1024x768");

            // stored with the decision: in the store, and on a fresh page after the check ends
            var stored = p.app().getBean(DecisionService.class).history(p.anna(), p.caseId());
            assertThat(stored).singleElement().satisfies(r -> {
                assertThat(r.decision().text()).isEqualTo(DECISION);
                assertThat(r.spread()).isNotNull();
                assertThat(r.spread().levels()).extracting(Spread.LevelCount::count).containsExactly(1, 0, 0, 0, 0, 1);
            });
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde afronden")).click();
            bram.reload();
            BrowserSupport.openInstrument(bram, "Besluitniveau");
            Locator earlier = bram.locator(".rw-decision-history");
            assertThat(earlier).containsText("Eerdere besluiten van deze casus (1)", WAIT);
            earlier.click();
            assertThat(earlier.locator(".rw-decision-earlier")).containsText(DECISION, WAIT);
            assertThat(earlier.locator(".rw-spread-row[data-level='synergie']")).hasAttribute("data-count", "1");
        });
    }

    /**
     * The spinnenweb: Bram's web is his alone until he shares it; then the group's web on
     * every page is his, and taking the sharing back takes it out again, live.
     */
    @Test
    void aWebReachesTheGroupOnlyWhenShared() {
        ThreeBrowserSession.run("spiderweb", "MDO Jesse", p -> {
            Page fac = p.fac();
            Page bram = p.bram();
            Page sanne = p.sanne();
            for (Page page : List.of(fac, bram, sanne)) {
                BrowserSupport.openInstrument(page, "Spinnenweb");
            }
            score(bram, "leiderschap", 4);
            score(bram, "kennis", 2);
            score(bram, "communiceren", 5);
            assertThat(bram.locator(".rw-web-mine .rw-web-now polygon")).hasCount(1, COUNT_WAIT);
            score(sanne, "leiderschap", 1);
            assertThat(sanne.locator(".rw-web-mine .rw-web-now polygon")).hasCount(1, COUNT_WAIT);

            // not shared: the group's web is empty everywhere
            for (Page page : List.of(fac, bram, sanne)) {
                assertThat(page.locator(".rw-web-group")).containsText("Nog niemand heeft zijn web gedeeld", WAIT);
            }
            bram.getByText("Mijn web delen met de groep").click();
            for (Page page : List.of(fac, bram, sanne)) {
                assertThat(page.locator(".rw-web-shared-by")).containsText("gedeelde webs (1): Bram", WAIT);
                assertThat(page.locator(".rw-web-group .rw-web-average polygon")).hasCount(1);
            }
            assertThat(sanne.locator(".rw-web-shared-by")).not().containsText("Sanne");
            var shared = p.app().getBean(SpiderWebService.class).shared(p.anna(), p.caseId(),
                    fac.url().substring(fac.url().lastIndexOf('/') + 1));
            assertThat(shared).extracting(SelfAssessment::getOwnerName).containsExactly("Bram");
            BrowserSupport.openInstrument(fac, "Spinnenweb");
            fac.locator(".rw-pitfalls").click();
            fac.getByText("De ouders doen niet mee").click();
            fac.setViewportSize(1920, 1080);
            BrowserSupport.screenshot(fac, "spiderweb-facilitator-1920x1080");
            bram.setViewportSize(1024, 768);
            BrowserSupport.screenshot(bram, "spiderweb-participant-1024x768");
            assertThat(sanne.locator(".rw-pitfalls")).hasCount(0);

            // Bram takes it back while Sanne looks at another instrument: the web leaves her page too,
            // also from the panel that waits out of sight
            BrowserSupport.openInstrument(sanne, "Vragen naar de droom");
            bram.getByText("Mijn web delen met de groep").click();
            assertThat(fac.locator(".rw-web-group")).containsText("Nog niemand heeft zijn web gedeeld", WAIT);
            BrowserSupport.openInstrument(bram, "Vragen naar de droom");
            bram.locator(".rw-question textarea").first().fill("Later op hetzelfde kanaal");
            bram.locator(".rw-question").first().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Toevoegen")).click();
            assertThat(sanne.locator(".rw-answer-card")).containsText("Later op hetzelfde kanaal", WAIT);
            String hiddenWeb = (String) sanne.evaluate(
                    "() => [...document.querySelectorAll('.rw-web-group')].map(e => e.textContent).join(' | ')");
            assertThat(hiddenWeb).as("the spinnenweb panel Sanne is not looking at")
                    .contains("Nog niemand heeft zijn web gedeeld").doesNotContain("Bram");
        });
    }

    private static void pick(Page page, String level) {
        Locator button = page.locator(".rw-level-pick[data-level='" + level + "']");
        button.click();
        assertThat(button).hasAttribute("aria-pressed", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
    }

    private static void score(Page page, String competency, int value) {
        page.locator("vaadin-radio-group[data-competency='" + competency + "'] vaadin-radio-button")
                .nth(value - 1).click();
    }

    private static String since(List<String> frames, int mark) {
        return String.join("\n", frames.subList(mark, frames.size())).toLowerCase(Locale.ROOT);
    }
}
