package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "Sinds de vorige keer" in two real browsers with real push: in meeting 2 (the follow-up agenda)
 * the facilitator sees the timeline event, the persons and the afspraak added in meeting 1; the
 * participant sees only that the facilitator looks at it (and their push channel carries none of
 * it) until the facilitator lets everyone look along, then the overview arrives live. An entry
 * opens its instrument's tab. At the closing a lesson one person sorts under an order of learning
 * reaches the other view live. Screenshots at 1280×800 and 1024×768.
 */
class SinceLastTimeBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Test
    void theFacilitatorSeesWhatMeetingOneAddedAndSharesItLive() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        Page fac = null;
        Page bram = null;
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Linde", "Denise (13) zit thuis.");
            String c = theCase.getId();
            MeetingService meetings = app.getBean(MeetingService.class);
            Meeting first = meetings.createMeeting(anna, c, "Eerste overleg", DutchTime.today().minusWeeks(3));
            Meeting second = meetings.createMeeting(anna, c, "Tweede overleg", DutchTime.today());
            // what meeting 1 added
            app.getBean(TimelineService.class).addEvent(anna, c, first.getId(), new TimelineEventDraft(
                    EventDate.day(LocalDate.of(2023, 9, 4)), "Denise stopt met school", "", "", EventKind.DECISION));
            GenogramService genogram = app.getBean(GenogramService.class);
            genogram.addPerson(anna, c, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "Oma Ria"));
            genogram.addPerson(anna, c, DiagramKind.GENOGRAM, PersonDetails.of(Shape.MALE, "Oom Kees"));
            app.getBean(AgreementService.class).add(anna, c, first.getId(), "Mentor", "Belt moeder voor vrijdag",
                    "", "", null);
            // meeting 2 follows the follow-up agenda, whose first step is "sinds de vorige keer"
            FacilitationService facilitation = app.getBean(FacilitationService.class);
            facilitation.useTemplate(anna, c, second.getId(), "plan:VERVOLG");

            fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
            BrowserSupport.logIn(fac, base, facilitator.username(), TestData.PASSWORD);
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
            fac.navigate(base + "/bijeenkomst/" + second.getId());
            BrowserSupport.openInstrument(fac, "Sinds vorige keer");
            Locator facOverview = fac.locator(".rw-sincelast");
            assertThat(facOverview).containsText("Eerste overleg", WAIT);
            assertThat(fac.locator(".rw-sincelast-section[data-section=CHANGED]"))
                    .containsText("Tijdlijn: Denise stopt met school (4 september 2023)", WAIT);
            assertThat(fac.locator(".rw-sincelast-section[data-section=CHANGED]")).containsText("Geno-sociogram: Oma Ria");
            assertThat(fac.locator(".rw-sincelast-section[data-section=CHANGED]")).containsText("Geno-sociogram: Oom Kees");
            assertThat(fac.locator(".rw-sincelast-section[data-section=CHANGED]")).containsText("Anna de Vries");
            assertThat(fac.locator(".rw-sincelast-section[data-section=AGREED]"))
                    .containsText("Afspraak: Belt moeder voor vrijdag · wie: Mentor · nu: Open");

            List<String> bramFrames = new CopyOnWriteArrayList<>();
            bram = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage();
            bram.onWebSocket(ws -> ws.onFrameReceived(frame -> bramFrames.add(String.valueOf(frame.text()))));
            bram.navigate(base + "/doe-mee/" + second.getInviteToken());
            bram.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bram");
            bram.getByLabel("Rol of organisatie").fill("leerplichtambtenaar");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
            // the agenda's first step takes the participant to the overview, which waits for the facilitator
            assertThat(bram.locator(".rw-sincelast-waiting")).containsText("Zodra iedereen mag meekijken", WAIT);
            assertThat(bram.locator(".rw-sincelast-entry")).hasCount(0);
            assertThat(bram.locator(".rw-sincelast-share")).hasCount(0);

            // a later message on Bram's channel (a "kijk hier" from the facilitator) arrives; up to then none of the overview
            int mark = bramFrames.size();
            facilitation.spotlight(anna, c, second.getId(), "Eerst even terugkijken");
            assertThat(bram.locator(".rw-spotlight-text")).containsText("Eerst even terugkijken", WAIT);
            String before = String.join("\n", bramFrames);
            assertThat(String.join("\n", bramFrames.subList(mark, bramFrames.size())))
                    .as("the later message arrived on Bram's channel").contains("Eerst even terugkijken");
            assertThat(before).doesNotContain("Denise stopt met school").doesNotContain("Oma Ria")
                    .doesNotContain("Belt moeder voor vrijdag");
            BrowserSupport.screenshot(bram, "sincelast-waiting-participant-1024x768");

            // the facilitator lets everyone look along: Bram's page shows the overview without reload
            fac.locator(".rw-sincelast-share").click();
            assertThat(bram.locator(".rw-sincelast-section[data-section=CHANGED]"))
                    .containsText("Tijdlijn: Denise stopt met school", WAIT);
            assertThat(bram.locator(".rw-sincelast-section[data-section=CHANGED]")).containsText("Oma Ria");
            assertThat(bram.locator(".rw-sincelast-section[data-section=AGREED]")).containsText("Belt moeder voor vrijdag");
            assertThat(bram.locator(".rw-sincelast-waiting")).hasCount(0);
            BrowserSupport.screenshot(fac, "sincelast-facilitator-1280x800");
            BrowserSupport.screenshot(bram, "sincelast-participant-1024x768");

            // an entry takes Bram to its place: the timeline's tab
            bram.locator(".rw-sincelast-entry[data-instrument=TIMELINE]").getByRole(AriaRole.BUTTON).click();
            assertThat(bram.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tijdlijn").setExact(true)))
                    .hasAttribute("selected", "");

            fac.setViewportSize(1024, 768);
            bram.setViewportSize(1280, 800);
            BrowserSupport.screenshot(fac, "sincelast-facilitator-1024x768");
            BrowserSupport.screenshot(bram, "sincelast-participant-timeline-1280x800");

            // at the closing, Bram puts a lesson under "de kunst van het leren"; the facilitator sees it at once
            BrowserSupport.openInstrument(fac, "Wat leerden we?");
            BrowserSupport.openInstrument(bram, "Wat leerden we?");
            bram.locator(".rw-learningorders-text input").fill("We gingen ervan uit dat moeder niet wil");
            bram.locator(".rw-learningorders-form vaadin-radio-button").filter(
                    new Locator.FilterOptions().setHasText("De kunst van het leren")).click();
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
            assertThat(fac.locator(".rw-learningorder[data-order=ART] .rw-lesson"))
                    .containsText("We gingen ervan uit dat moeder niet wil", WAIT);
            assertThat(fac.locator(".rw-learningorder[data-order=KNOWLEDGE] .rw-lesson")).hasCount(0);
            BrowserSupport.screenshot(fac, "learningorders-facilitator-1024x768");
            BrowserSupport.screenshot(bram, "learningorders-participant-1280x800");
        } catch (AssertionError | RuntimeException e) {
            try {
                if (fac != null) {
                    BrowserSupport.screenshot(fac, "sincelast-failed-facilitator");
                }
                if (bram != null) {
                    BrowserSupport.screenshot(bram, "sincelast-failed-bram");
                }
            } catch (RuntimeException closed) {
                // the browser is gone already (this catch is outside its try): keep the first failure
                e.addSuppressed(closed);
            }
            throw e;
        }
    }
}
