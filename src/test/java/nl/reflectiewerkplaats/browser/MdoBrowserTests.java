package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.agreements.AgreementItem;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.agreements.AgreementStatus;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.mdo.MdoService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An MDO in three real browsers: the facilitator Anna plans it from the case page (its
 * agenda is the six steps), records the consent, and with Bram and Sanne fills the three
 * circles live; a goal becomes an afspraak in one click; in the case's next MDO the
 * afspraak is shown first, with its status, and Bram sets how it went.
 */
class MdoBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Test
    void anMdoFillsTheCirclesTogetherAndTheNextMdoLooksBackOnItsAfspraken() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Linde", "Jesse gaat niet meer naar school.");

            Page fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            BrowserSupport.logIn(fac, base, facilitator.username(), "een-lang-wachtwoord");
            // a busy machine (2 cores, several builds) can take its time over the login
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            try {
                // the facilitator plans the MDO from the case page
                fac.navigate(base + "/casussen/" + theCase.getId());
                fac.getByText("MDO plannen (zes stappen)").click();
                fac.getByLabel("Titel van de bijeenkomst").fill("MDO september");
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("MDO plannen")).click();
                assertThat(fac.locator(".rw-agenda-current")).containsText("Voorbereiding", WAIT);
                Meeting first = app.getBean(MeetingService.class).listMeetings(anna, theCase.getId()).getFirst();

                Page bram = join(browser, base, first, "Bram", "mentor", 1280, 800);
                Page sanne = join(browser, base, first, "Sanne", "jeugdarts", 1024, 768);
                List<Page> everyone = List.of(fac, bram, sanne);

                // step 1: the consent, recorded by the facilitator, seen by all
                fac.getByText("Het kind is jonger dan 16 jaar (toestemming van de ouders)").click();
                fac.getByLabel("Wie gaf toestemming").fill("moeder en vader");
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming vastleggen")).click();
                for (Page page : List.of(bram, sanne)) {
                    assertThat(page.locator(".rw-mdo-consent"))
                            .containsText("Toestemming gegeven door moeder en vader (ouders of verzorgers)", WAIT);
                }

                // steps 2 and 3: to the overview; everyone's screen follows to the circles
                next(fac, "Start en agenda");
                next(fac, "Overzicht");
                for (Page page : everyone) {
                    assertThat(page.locator(".rw-agenda-current")).containsText("Overzicht", WAIT);
                    assertThat(page.locator(".rw-circles")).isVisible(
                            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
                }

                // filled live: what one adds, the others see
                add(bram, "Gaat goed", "Kind of jongere", "Tekent graag");
                add(sanne, "Moet beter", "School", "Weinig contact met de mentor");
                add(bram, "Doel", "Thuis", "Vaste ochtendroutine");
                for (Page page : everyone) {
                    assertThat(circle(page, "Kind of jongere")).containsText("Tekent graag", WAIT);
                    assertThat(circle(page, "School")).containsText("Weinig contact met de mentor", WAIT);
                    assertThat(circle(page, "Thuis")).containsText("Vaste ochtendroutine", WAIT);
                }
                // the limit: a fourth thing that goes well in one circle gets a clear message
                for (String text : List.of("Oma helpt", "Vaste bedtijd", "Broer speelt mee")) {
                    add(fac, "Gaat goed", "Thuis", text);
                    // her own page took the point (the field is empty again) before she types the
                    // next: typed earlier, the reply that empties the field could wipe the next text
                    assertThat(fac.getByLabel("Gaat goed: nieuw punt bij Thuis")).hasValue("",
                            new LocatorAssertions.HasValueOptions().setTimeout(15_000));
                    assertThat(circle(fac, "Thuis")).containsText(text, WAIT);
                    assertThat(circle(sanne, "Thuis")).containsText(text, WAIT);
                }
                add(fac, "Gaat goed", "Thuis", "Nog iets");
                assertThat(fac.locator("vaadin-notification-card").last())
                        .containsText("In de cirkel Thuis staan al 3 dingen die goed gaan", WAIT);
                assertThat(circle(sanne, "Thuis")).not().containsText("Nog iets");
                // an arrow, written by Sanne, read by Bram
                arrow(sanne, "Kind en school").fill("Jesse haakt af als de mentor wisselt");
                sanne.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pijl opslaan: Kind en school"))
                        .click();
                assertThat(arrow(bram, "Kind en school")).hasValue("Jesse haakt af als de mentor wisselt",
                        new LocatorAssertions.HasValueOptions().setTimeout(15_000));
                BrowserSupport.screenshot(fac, "mdo-circles-facilitator-1920x1080");
                BrowserSupport.screenshot(sanne, "mdo-circles-participant-1024x768");

                // a goal becomes an afspraak in one action
                fac.getByRole(AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Maak een afspraak van het doel: Vaste ochtendroutine")).click();
                assertThat(fac.locator("vaadin-notification-card").last()).containsText("Afspraak gemaakt", WAIT);

                // steps 4 to 6: the closing shows the afspraak for everyone
                next(fac, "Inzicht");
                next(fac, "Uitzicht");
                next(fac, "Afronding");
                for (Page page : everyone) {
                    assertThat(page.locator(".rw-agenda-current")).containsText("Afronding", WAIT);
                    assertThat(page.locator(".rw-agreements-current")).containsText("Vaste ochtendroutine", WAIT);
                }
                BrowserSupport.screenshot(fac, "mdo-agreements-facilitator-1920x1080");

                // the case's next MDO: step 2 looks back on the afspraken, with their status
                Meeting second = app.getBean(MdoService.class).planMdo(anna, theCase.getId(), "MDO november",
                        DutchTime.today());
                fac.navigate(base + "/bijeenkomst/" + second.getId());
                Page bram2 = join(browser, base, second, "Bram", "mentor", 1024, 768);
                assertThat(fac.locator(".rw-agenda-current")).containsText("Voorbereiding", WAIT);
                // the facilitator's new page is live (it shows Bram arrive) before she moves the group on
                assertThat(fac.locator(".rw-presence-people")).containsText("Bram", WAIT);
                next(fac, "Start en agenda");
                for (Page page : List.of(fac, bram2)) {
                    assertThat(page.locator(".rw-agenda-current")).containsText("Start en agenda", WAIT);
                    Locator earlier = page.locator(".rw-agreements-earlier");
                    assertThat(earlier).containsText("Vaste ochtendroutine", WAIT);
                    assertThat(shownStatus(earlier)).containsText("Open", WAIT);
                }
                assertThat(bram2.locator(".rw-agreements-current")).containsText("Nog geen afspraken", WAIT);
                bram2.locator(".rw-agreements-earlier vaadin-select").first().click();
                bram2.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Gedaan")).click();
                // the chosen status is what the select shows (not its list of options), live on the other page
                assertThat(shownStatus(fac.locator(".rw-agreements-earlier"))).containsText("Gedaan", WAIT);
                List<AgreementItem> stored = app.getBean(AgreementService.class).list(anna, theCase.getId());
                org.assertj.core.api.Assertions.assertThat(stored).singleElement().satisfies(a -> {
                    org.assertj.core.api.Assertions.assertThat(a.status()).isEqualTo(AgreementStatus.DONE);
                    org.assertj.core.api.Assertions.assertThat(a.meetingId()).isEqualTo(first.getId());
                });
                BrowserSupport.screenshot(bram2, "mdo-lookback-participant-1024x768");
                BrowserSupport.screenshot(fac, "mdo-lookback-facilitator-1920x1080");
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(fac, "mdo-failed-facilitator");
                throw e;
            }
        }
    }

    private static Page join(Browser browser, String base, Meeting meeting, String name, String role, int width,
                             int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.navigate(base + "/doe-mee/" + meeting.getInviteToken());
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Rol of organisatie").fill(role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(meeting.getTitle())
                .setExact(true))).isVisible();
        return page;
    }

    /** The facilitator takes the group to the next step, and sees it arrive before going on. */
    private static void next(Page fac, String step) {
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap")).click();
        assertThat(fac.locator(".rw-agenda-current")).containsText(step, WAIT);
    }

    /** The status a select shows as chosen (its value button), not the options it holds. */
    private static Locator shownStatus(Locator within) {
        return within.locator("vaadin-select vaadin-select-value-button").first();
    }

    private static Locator arrow(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator circle(Page page, String name) {
        return page.locator(".rw-circle[aria-label='" + name + "']");
    }

    /** Adds a point with the keyboard: type in the circle's field for that kind, then Enter. */
    private static void add(Page page, String kind, String circle, String text) {
        Locator field = page.getByLabel(kind + ": nieuw punt bij " + circle);
        field.fill(text);
        field.press("Enter");
    }
}
