package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import java.util.LinkedHashMap;
import nl.reflectiewerkplaats.casework.MeetingPaths;

/**
 * A whole meeting as a facilitator runs it (droom, spanningsvelden, perspectiefwissel,
 * tijdlijn, afsluiting), in three browsers, once at 1280×800 and once at 1024×768:
 * each step reaches every screen by following the agenda, what the participants do
 * arrives, and no page scrolls sideways. A screenshot of every screen at every step
 * goes to {@code rw.screens} (default target/screenshots/walkthrough).
 */
class MeetingWalkthroughBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    private static final Path SCREENS = Path.of(System.getProperty("rw.screens", "target/screenshots/walkthrough"));

    @Test
    void aWholeMeetingAtLaptopAndTabletSize() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Page login = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
            BrowserSupport.logIn(login, base, facilitator.username(), "een-lang-wachtwoord");
            assertThat(login.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
            for (int[] size : new int[][] {{1280, 800}, {1024, 768}}) {
                meeting(app, base, anna, login, browser, size[0], size[1]);
            }
        }
    }

    private static void meeting(ConfigurableApplicationContext app, String base, Actor.Facilitator anna, Page login,
                                Browser browser, int width, int height) {
        String label = width + "x" + height;
        Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Beuk " + label,
                "Jesse (14) gaat al maanden niet naar school; school, wijkteam en GGZ wachten op elkaar.");
        Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), "Leerbijeenkomst",
                LocalDate.now(MeetingPaths.ZONE));
        FacilitationService facilitation = app.getBean(FacilitationService.class);
        facilitation.agenda(anna, theCase.getId(), meeting.getId());
        Agenda agenda = facilitation.addStep(anna, theCase.getId(), meeting.getId(), "TIMELINE", "Tijdlijn", 20);
        String timelineStep = agenda.getSteps().get(agenda.getSteps().size() - 1).id();
        agenda = facilitation.moveStep(anna, theCase.getId(), meeting.getId(), timelineStep, -1);
        assertThat(agenda.getSteps().stream().map(Agenda.Step::instrument).toList()).containsExactly("DREAM",
                "FIELDS", "PERSPECTIVE", "TIMELINE", "CLOSING");

        // the facilitator's browser shares the login; a new page of the same context, sized
        Page fac = login.context().newPage();
        fac.setViewportSize(width, height);
        fac.navigate(base + "/bijeenkomst/" + meeting.getId());
        Page bram = join(browser, base + "/doe-mee/" + meeting.getInviteToken(), "Bram", "jeugdarts, GGD", width, height);
        Page sanne = join(browser, base + "/doe-mee/" + meeting.getInviteToken(), "Sanne", "leerkracht", width, height);
        Map<String, Page> all = new LinkedHashMap<>();
        all.put("begeleider", fac);
        all.put("bram", bram);
        all.put("sanne", sanne);
        List<String> sideways = new ArrayList<>();
        try {
            // 1. droom: both participants answer; everyone sees both cards
            for (Page p : all.values()) {
                assertThat(p.locator(".rw-agenda-current")).containsText("Vragen naar de droom", WAIT);
            }
            answerDream(bram, "Dat Jesse weer ergens bij hoort.");
            answerDream(sanne, "Een plek in de klas waar hij rust vindt.");
            for (Page p : all.values()) {
                assertThat(p.locator(".rw-dream-board")).containsText("Een plek in de klas waar hij rust vindt.", WAIT);
            }
            shoot(all, label, "1-droom", sideways);

            // 2. spanningsvelden: a round, both place in private, the facilitator sees "2 van 2", reveals
            next(fac, all, "Spanningsvelden");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde starten")).click();
            assertThat(bram.locator(".rw-place-control")).isVisible();
            assertThat(sanne.locator(".rw-place-control")).isVisible();
            place(bram, 780);
            place(sanne, 310);
            assertThat(fac.locator(".rw-round-progress")).containsText("2 van 2 geplaatst", WAIT);
            shoot(all, label, "2a-spanningsveld-plaatsen", sideways);
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onthullen")).click();
            fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Onthullen")).click();
            for (Page p : all.values()) {
                assertThat(p.locator(".rw-marker:not(.rw-marker-ghost)")).hasCount(2,
                        new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            }
            shoot(all, label, "2b-spanningsveld-onthuld", sideways);

            // 3. perspectiefwissel
            next(fac, all, "Perspectiefwissel");
            shoot(all, label, "3-perspectiefwissel", sideways);

            // 4. tijdlijn: Bram adds an event; it is in the facilitator's picture
            next(fac, all, "Tijdlijn");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebeurtenis toevoegen")).click();
            Locator dialog = bram.locator("vaadin-dialog.rw-timeline-dialog");
            dialog.getByLabel("Datum").fill("12-3-2022");
            dialog.getByLabel("Datum").press("Enter");
            dialog.getByLabel("Wat gebeurde er (kort)").fill("Bram belt de mentor");
            dialog.getByLabel("Soort").click();
            bram.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                    .setHasText("Cruciaal contact tussen betrokkenen")).click();
            shoot(Map.of("bram", bram), label, "4a-tijdlijn-toevoegen", sideways);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
            for (Page p : all.values()) {
                assertThat(p.locator("rw-timeline .rw-tl-event[data-date='2022-03-12']")).hasCount(1,
                        new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            }
            shoot(all, label, "4b-tijdlijn", sideways);

            // 5. afsluiting
            next(fac, all, "Afsluiting");
            sanne.locator(".rw-verb").first().click();
            assertThat(fac.locator(".rw-closing-chosen").first()).containsText("1 van 2 kozen", WAIT);
            assertThat(fac.locator(".rw-verb").first()).containsText("· 1", WAIT);
            shoot(all, label, "5-afsluiting", sideways);
            assertThat(sideways).as("pages that scroll sideways").isEmpty();
        } finally {
            for (Page p : all.values()) {
                p.close();
            }
        }
    }

    private static Page join(Browser browser, String invite, String name, String role, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.navigate(invite);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Rol of organisatie").fill(role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Leerbijeenkomst").setExact(true)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        return page;
    }

    private static void answerDream(Page page, String text) {
        page.locator(".rw-question textarea").first().fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).first().click();
        assertThat(page.locator(".rw-dream-board")).containsText(text, WAIT);
    }

    /** The facilitator goes to the next step; every screen follows to it. */
    private static void next(Page fac, Map<String, Page> all, String step) {
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap")).click();
        for (Page p : all.values()) {
            assertThat(p.locator(".rw-agenda-current")).containsText(step, WAIT);
            assertThat(p.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(step).setSelected(true)))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        }
    }

    private static void place(Page page, int steps) {
        page.locator(".rw-place-control").evaluate(
                "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', {bubbles: true}));"
                        + " el.dispatchEvent(new Event('change', {bubbles: true})); }", steps);
        assertThat(page.locator(".rw-marker-mine")).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
    }

    /** A screenshot of what each screen shows (the viewport), and a note of any page that scrolls sideways. */
    private static void shoot(Map<String, Page> pages, String size, String step, List<String> sideways) {
        pages.forEach((who, page) -> {
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(size + "-" + step + "-" + who + ".png")));
            @SuppressWarnings("unchecked")
            List<Number> w = (List<Number>) page.evaluate(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (w.get(0).intValue() > w.get(1).intValue()) {
                sideways.add(size + " " + step + " " + who + ": " + w.get(0) + " > " + w.get(1));
            }
        });
    }
}
