package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.ladder.Approach;
import nl.reflectiewerkplaats.ladder.LadderService;
import nl.reflectiewerkplaats.ladder.LadderState;
import nl.reflectiewerkplaats.ladder.Rung;
import nl.reflectiewerkplaats.learningpoints.Answer;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ladder and the leerpunten in two real browsers with real push: the facilitator (1920×1080)
 * takes a step on the ladder and the participant (1024×768) sees it at once; the participant answers
 * a leerpunt and the facilitator sees it at once. Screenshots of both at both sizes.
 */
class LadderBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Test
    void aStepOnTheLadderAndAnAnswerToALeerpuntReachTheOtherViewLive() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        Page fac = null;
        Page bram = null;
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Wilg", "Denise (13) zit thuis.");
            MeetingService meetings = app.getBean(MeetingService.class);
            Meeting earlier = meetings.createMeeting(anna, theCase.getId(), "Eerste overleg", DutchTime.today().minusWeeks(3));
            Meeting meeting = meetings.createMeeting(anna, theCase.getId(), "Tweede overleg", DutchTime.today());
            // the case's story so far: on the ladder for a while, the clock close to four weeks
            LadderService ladders = app.getBean(LadderService.class);
            LadderState s = ladders.step(anna, theCase.getId(), 0, Rung.COMPLICATED, "Orthopedagoog adviseert de school.");
            s = ladders.step(anna, theCase.getId(), s.version(), Rung.COMPLEX, "Jeugdhulp en leerplicht raken betrokken.");
            s = ladders.setWayOfWorking(anna, theCase.getId(), s.version(), Approach.COCREATION, "intern begeleider");
            ladders.setAbsence(anna, theCase.getId(), s.version(), DutchTime.today().minusDays(24), null);
            LearningPointsService points = app.getBean(LearningPointsService.class);
            points.answer(anna, theCase.getId(), earlier.getId(), "voice", Answer.NO, "Moeder voelt zich niet gehoord.");
            points.answer(anna, theCase.getId(), earlier.getId(), "direction", Answer.NO, "Onduidelijk.");
            points.answer(anna, theCase.getId(), earlier.getId(), "oneplan", Answer.PARTLY, "");

            fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            BrowserSupport.logIn(fac, base, facilitator.username(), TestData.PASSWORD);
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
            fac.navigate(base + "/bijeenkomst/" + meeting.getId());
            BrowserSupport.openInstrument(fac, "Ladder");

            bram = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage();
            bram.navigate(base + "/doe-mee/" + meeting.getInviteToken());
            bram.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bram");
            bram.getByLabel("Rol of organisatie").fill("leerplichtambtenaar");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
            BrowserSupport.openInstrument(bram, "Ladder");
            assertThat(bram.locator(".rw-ladder-current")).containsText("Complex", WAIT);
            assertThat(bram.locator(".rw-ladder-clock-status")).containsText("Let op: over 4 dagen", WAIT);
            assertThat(bram.locator(".rw-ladder-step-form")).hasCount(0);

            // the facilitator takes a step up; the participant's view follows without reload
            fac.getByText("Een tree omhoog of omlaag").click();
            fac.locator(".rw-ladder-step-form vaadin-select").click();
            fac.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Chaotisch")).click();
            fac.getByLabel("Waarom").fill("Conflict tussen school en ouders loopt op.");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap vastleggen")).click();
            assertThat(fac.locator(".rw-ladder-current")).containsText("Chaotisch", WAIT);
            assertThat(bram.locator(".rw-ladder-current")).containsText("Chaotisch", WAIT);
            assertThat(bram.locator(".rw-ladder-move").first()).containsText("Conflict tussen school en ouders loopt op.", WAIT);
            assertThat(bram.locator(".rw-ladder-approach")).containsText("Assertieve regie", WAIT);
            BrowserSupport.screenshot(fac, "ladder-1920x1080");
            BrowserSupport.screenshot(bram, "ladder-1024x768");

            // the participant answers a leerpunt; the facilitator's view follows without reload
            BrowserSupport.openInstrument(fac, "Leerpunten");
            BrowserSupport.openInstrument(bram, "Leerpunten");
            bram.locator("[data-point=voice] vaadin-radio-button").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Deels")).click();
            assertThat(fac.locator("[data-point=voice] vaadin-radio-button[checked]")).containsText("Deels", WAIT);
            assertThat(fac.locator("tr[data-point=voice]")).containsText("Deels", WAIT);
            assertThat(fac.locator("tr[data-point=voice]")).containsText("Nee");
            fac.locator("[data-point=direction] vaadin-text-field input").fill("Casusregisseur van de gemeente neemt het over.");
            fac.locator("[data-point=direction] vaadin-text-field input").press("Enter");
            assertThat(bram.locator("tr[data-point=direction]")).containsText("Casusregisseur van de gemeente", WAIT);
            BrowserSupport.screenshot(fac, "leerpunten-1920x1080");
            BrowserSupport.screenshot(bram, "leerpunten-1024x768");

            // the same views the other way round: the ladder at 1024×768 for the facilitator, 1920×1080 for Bram
            fac.setViewportSize(1024, 768);
            bram.setViewportSize(1920, 1080);
            BrowserSupport.openInstrument(fac, "Ladder");
            BrowserSupport.screenshot(fac, "ladder-facilitator-1024x768");
            BrowserSupport.screenshot(bram, "leerpunten-participant-1920x1080");
        } catch (AssertionError | RuntimeException e) {
            if (fac != null) {
                BrowserSupport.screenshot(fac, "ladder-failed-facilitator");
            }
            if (bram != null) {
                BrowserSupport.screenshot(bram, "ladder-failed-bram");
            }
            throw e;
        }
    }
}
