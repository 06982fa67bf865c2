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
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineSamples;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import nl.reflectiewerkplaats.base.DutchTime;

/**
 * The tijdlijn in two real browsers with real push: an event added by the
 * participant appears in the facilitator's picture in the right lane at the right
 * place; the facilitator's lane switch changes both pictures; a locked timeline
 * opens the participant's dialog read-only, saying why. Screenshots of a timeline
 * with 40 events at 1024×768 and 1920×1080.
 */
class TimelineBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @Test
    void theTimelineIsSharedLive() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Linde", "Jesse zit thuis.");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(),
                    "Tijdlijnbijeenkomst", DutchTime.today());
            TimelineService timeline = app.getBean(TimelineService.class);
            TimelineSamples.addEvents(timeline, anna, theCase.getId(), 40, 7);
            timeline.addPeriod(anna, theCase.getId(), null, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31),
                    "Een jaar zonder contact met school");
            timeline.flagGap(anna, theCase.getId(), null, LocalDate.of(2019, 2, 1), "Wat gebeurde er na de verhuizing?");
            String familyFact = timeline.addEvent(anna, theCase.getId(), null, new TimelineEventDraft(
                    EventDate.day(LocalDate.of(2020, 4, 20)), "Gezin verhuist naar tante", "", "moeder",
                    EventKind.FAMILY_FACT)).getId();

            Page fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            BrowserSupport.logIn(fac, base, facilitator.username(), "een-lang-wachtwoord");
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();

            Page bram = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage();
            bram.navigate(base + "/doe-mee/" + meeting.getInviteToken());
            bram.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bram");
            bram.getByLabel("Rol of organisatie").fill("jeugdarts, GGD");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
            fac.navigate(base + "/bijeenkomst/" + meeting.getId());
            try {
                for (Page page : List.of(fac, bram)) {
                    BrowserSupport.openInstrument(page, "Tijdlijn");
                    assertThat(page.locator("rw-timeline")).hasAttribute("data-count", "41");
                }
                BrowserSupport.screenshot(fac, "timeline-1920x1080");
                BrowserSupport.screenshot(bram, "timeline-1024x768");
                fac.locator(".rw-tl-frame").screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "timeline-picture-1920.png")));
                bram.locator(".rw-tl-frame").screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "timeline-picture-1024.png")));

                // the participant adds an event; it appears for the facilitator, above the line, in date order
                bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebeurtenis toevoegen")).click();
                Locator dialog = bram.locator("vaadin-dialog.rw-timeline-dialog");
                dialog.getByLabel("Datum").fill("12-3-2022");
                dialog.getByLabel("Datum").press("Enter");
                dialog.getByLabel("Wat gebeurde er (kort)").fill("Bram belt de mentor");
                dialog.getByLabel("Soort").click();
                bram.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                        .setHasText("Cruciaal contact tussen betrokkenen")).click();
                BrowserSupport.screenshot(bram, "timeline-add-dialog-1024x768");
                dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
                Locator added = fac.locator("rw-timeline .rw-tl-event").filter(new Locator.FilterOptions()
                        .setHasText("Bram belt de mentor"));
                assertThat(added).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
                assertThat(added).hasAttribute("data-lane", "upper");
                assertThat(added).hasAttribute("data-date", "2022-03-12");
                assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "42");
                assertInDateOrder(fac);

                // the facilitator switches the lanes: the family fact moves above the line for both
                for (Page page : List.of(fac, bram)) {
                    assertThat(page.locator("rw-timeline [data-id='" + familyFact + "']")).hasAttribute("data-lane", "lower");
                }
                fac.getByLabel("Indeling van de tijdlijn").click();
                fac.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                        .setHasText("Formele acties boven, beleving onder")).click();
                for (Page page : List.of(fac, bram)) {
                    assertThat(page.locator("rw-timeline [data-id='" + familyFact + "']")).hasAttribute("data-lane", "upper",
                            new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                    assertThat(page.locator(".rw-tl-lane-upper")).containsText("Formele acties", WAIT);
                }
                BrowserSupport.screenshot(bram, "timeline-lanes-switched-1024x768");

                // keyboard: the participant moves the event one day on with Alt+→; the facilitator sees it move
                bram.locator("rw-timeline [data-id='" + familyFact + "']").focus();
                bram.keyboard().press("Alt+ArrowRight");
                assertThat(fac.locator("rw-timeline [data-id='" + familyFact + "']")).hasAttribute("data-date", "2020-04-21",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));

                // "kijk hier": the facilitator lights the event up for everyone
                fac.locator("rw-timeline [data-id='" + familyFact + "'] .rw-tl-shape").click();
                fac.locator("vaadin-dialog.rw-timeline-dialog").getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Kijk hier (voor iedereen)")).click();
                assertThat(bram.locator("rw-timeline .rw-tl-highlight")).hasAttribute("data-id", familyFact,
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                assertThat(bram.locator(".rw-timeline-status")).containsText("Kijk hier: 21 april 2020", WAIT);

                // the picture follows the changes mark by mark; after an add, a lane switch, a move and a
                // highlight it must be the picture a page opened now draws from scratch
                assertThat(fac.locator("rw-timeline .rw-tl-highlight")).hasAttribute("data-id", familyFact,
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                Page fresh = fac.context().newPage();
                fresh.navigate(base + "/bijeenkomst/" + meeting.getId());
                BrowserSupport.openInstrument(fresh, "Tijdlijn");
                assertThat(fresh.locator("rw-timeline")).hasAttribute("data-count", "42");
                assertThat(fresh.locator("rw-timeline .rw-tl-highlight")).hasAttribute("data-id", familyFact);
                List<String> drawnLive = picture(fac);
                assertThat(drawnLive).hasSize(42).isEqualTo(picture(fresh));
                fresh.close();

                // a long empty stretch stays visible, and can be folded
                timeline.addEvent(anna, theCase.getId(), null, new TimelineEventDraft(new EventDate(
                        LocalDate.of(2009, 1, 1), EventDate.Precision.YEAR, true), "Jesse geboren", "", "",
                        EventKind.FAMILY_FACT));
                assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "43",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                assertThat(fac.locator("rw-timeline .rw-tl-fold")).hasCount(0);
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lege perioden inklappen")).click();
                assertThat(fac.locator("rw-timeline .rw-tl-fold")).hasCount(1);
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alles tonen")).click();
                fac.locator(".rw-tl-frame").screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "timeline-folded-1920.png")));

                // the facilitator locks: the participant cannot add, and an edit is refused in plain words
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergrendelen")).click();
                assertThat(bram.locator(".rw-timeline-status")).containsText("vergrendeld", WAIT);
                assertThat(bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebeurtenis toevoegen")))
                        .isDisabled();
                bram.locator("rw-timeline [data-id='" + familyFact + "'] .rw-tl-shape").click();
                Locator edit = bram.locator("vaadin-dialog.rw-timeline-dialog");
                // locked looks locked before anyone tries: read-only fields, no "Opslaan", a note why
                assertThat(edit).containsText("De begeleider heeft de tijdlijn vergrendeld", WAIT);
                assertThat(edit.getByLabel("Wat gebeurde er (kort)")).hasAttribute("readonly", "");
                assertThat(edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan"))).hasCount(0);
                edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();
                assertThat(timeline.events(anna, theCase.getId()).stream()
                        .filter(e -> e.getId().equals(familyFact)).findFirst().orElseThrow().getTitle())
                        .isEqualTo("Gezin verhuist naar tante");

                // the interviews of the case (werkkaart 2), where the facilitator prepares them
                fac.navigate(base + "/casussen/" + theCase.getId() + "/gesprekken");
                fac.getByLabel("Met wie (rol of schuilnaam)").fill("moeder");
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw gesprek")).click();
                assertThat(fac.locator(".rw-interview h3")).containsText("Gesprek met moeder", WAIT);
                BrowserSupport.screenshot(fac, "interview-1920x1080");

                // a case with 1,000 events, opened in the browser: time from navigation to the drawn picture
                Case big = app.getBean(CaseService.class).createCase(anna, "Gezin Groot", "Veel geschiedenis.");
                TimelineSamples.addEvents(timeline, anna, big.getId(), 1000, 11);
                // for comparison: the same page for the small case (what the page itself costs)
                long s0 = System.nanoTime();
                fac.navigate(base + "/casussen/" + theCase.getId() + "/tijdlijn");
                assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "43",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
                long s1 = System.nanoTime();
                System.out.printf("TimelineBrowserTests: page with 43 events opened and drawn in %d ms%n", (s1 - s0) / 1_000_000);
                long t0 = System.nanoTime();
                fac.navigate(base + "/casussen/" + big.getId() + "/tijdlijn");
                assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "1000",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
                long t1 = System.nanoTime();
                Object drawn = fac.evaluate("() => document.querySelectorAll('rw-timeline .rw-tl-event').length");
                System.out.printf("TimelineBrowserTests: page with 1000 events opened and drawn in %d ms "
                                + "(%s event marks; drawing the picture took %s ms)%n",
                        (t1 - t0) / 1_000_000, drawn, fac.locator("rw-timeline").getAttribute("data-render-ms"));
                assertThat(((Number) drawn).intValue()).isEqualTo(1000);
                fac.locator(".rw-tl-frame").screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "timeline-1000-events-1920.png")));
                BrowserSupport.screenshot(fac, "timeline-case-page-1000-events-1920x1080");
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(fac, "timeline-failed-facilitator");
                BrowserSupport.screenshot(bram, "timeline-failed-bram");
                throw e;
            }
        }
    }

    /**
     * Every event mark as the eye and the keyboard meet it: its id, date, lane, place,
     * classes (the brief "just added" light aside, which only a live arrival gets), label
     * and text; in id order.
     */
    @SuppressWarnings("unchecked")
    private static List<String> picture(Page page) {
        return ((List<Object>) page.evaluate("() => [...document.querySelectorAll('rw-timeline .rw-tl-event')].map(g => ["
                + " g.getAttribute('data-id'), g.getAttribute('data-date'), g.getAttribute('data-lane'),"
                + " g.getAttribute('transform'), [...g.classList].filter(c => c !== 'rw-tl-just-added').sort().join(' '),"
                + " g.getAttribute('aria-label'), g.textContent, g.childElementCount].join(' | ')).sort()"))
                .stream().map(String::valueOf).toList();
    }

    /** The picture places events honestly: later dates never lie to the left of earlier ones. */
    @SuppressWarnings("unchecked")
    private static void assertInDateOrder(Page page) {
        List<List<Object>> placed = (List<List<Object>>) page.evaluate("() => [...document.querySelectorAll('rw-timeline .rw-tl-event')]"
                + ".map(g => [g.getAttribute('data-date'), parseFloat(g.getAttribute('transform').slice(10))])");
        List<List<Object>> sorted = placed.stream().sorted((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0))).toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(((Number) sorted.get(i).get(1)).doubleValue())
                    .as("x of %s after %s", sorted.get(i).get(0), sorted.get(i - 1).get(0))
                    .isGreaterThanOrEqualTo(((Number) sorted.get(i - 1).get(1)).doubleValue());
        }
        assertThat(sorted).hasSizeGreaterThan(40);
    }
}
