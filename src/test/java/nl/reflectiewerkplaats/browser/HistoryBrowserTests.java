package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Undo and restore in two real browsers with real push, in meeting 2 of a case: the participant
 * removes a timeline event by mistake and undoes it from "Geschiedenis" (the facilitator's view
 * shows it return); the facilitator restores the geno-sociogram to the end of meeting 1, after a
 * confirmation, and both views show that state.
 */
class HistoryBrowserTests {

    private static final LocatorAssertions.HasCountOptions COUNT =
            new LocatorAssertions.HasCountOptions().setTimeout(15_000);
    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Test
    void inMeetingTwoTheFacilitatorSeesMeetingOneAParticipantUndoesTheirMistakeAndMeetingOneIsRestored() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        Page fac = null;
        Page bram = null;
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Es", "Noor (14) zit thuis.");
            String caseId = theCase.getId();
            MeetingService meetings = app.getBean(MeetingService.class);
            LocalDate day1 = DutchTime.today().minusDays(14);
            Meeting first = meetings.createMeeting(anna, caseId, "Eerste bijeenkomst", day1);
            Meeting second = meetings.createMeeting(anna, caseId, "Tweede bijeenkomst", DutchTime.today());
            // meeting 1: grandmother, Noor and a close line between them
            GenogramService genogram = app.getBean(GenogramService.class);
            Person oma = genogram.addPerson(anna, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "oma Es"));
            Person noor = genogram.addPerson(anna, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "Noor"));
            genogram.addRelation(anna, caseId, DiagramKind.GENOGRAM, oma.getId(), noor.getId(), RelationType.CLOSE, 0, "");
            app.getBean(TimelineService.class).addEvent(anna, caseId, first.getId(), new TimelineEventDraft(
                    EventDate.day(LocalDate.of(2023, 9, 4)), "Noor stopt met school", "", "", EventKind.DECISION));
            app.getBean(AgreementService.class).add(anna, caseId, first.getId(), "Mentor", "Belt moeder voor vrijdag",
                    "", "", null);
            app.getBean(MongoTemplate.class).updateMulti(Query.query(Criteria.where("caseId").is(caseId)),
                    new Update().set("at", Date.from(day1.atTime(11, 0).atZone(DutchTime.ZONE).toInstant())),
                    "case_history");
            // meeting 2 so far: grandmother taken off (with her line), a neighbour added; an event on the timeline
            genogram.removePerson(anna, oma.getId());
            genogram.addPerson(anna, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.MALE, "buurman"));
            String move = app.getBean(TimelineService.class).addEvent(anna, caseId, second.getId(),
                    new TimelineEventDraft(EventDate.day(LocalDate.of(2022, 6, 1)), "Verhuizing naar Deventer", "",
                            "", EventKind.FAMILY_FACT)).getId();

            fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            BrowserSupport.logIn(fac, base, facilitator.username(), TestData.PASSWORD);
            assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
            fac.navigate(base + "/bijeenkomst/" + second.getId());
            // at the start of meeting 2: what meeting 1 added, in "since last time"
            BrowserSupport.openInstrument(fac, "Sinds vorige keer");
            Locator changed = fac.locator(".rw-sincelast-section[data-section=CHANGED]");
            assertThat(fac.locator(".rw-sincelast")).containsText("Eerste bijeenkomst", WAIT);
            assertThat(changed).containsText("Tijdlijn: Noor stopt met school", WAIT);
            assertThat(changed).containsText("Geno-sociogram: Noor");
            assertThat(fac.locator(".rw-sincelast-section[data-section=AGREED]"))
                    .containsText("Afspraak: Belt moeder voor vrijdag · wie: Mentor");
            bram = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            bram.navigate(base + "/doe-mee/" + second.getInviteToken());
            bram.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bram");
            bram.getByLabel("Rol of organisatie").fill("leerplichtambtenaar");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
            String event = "rw-timeline [data-id='" + move + "']";
            for (Page page : List.of(fac, bram)) {
                BrowserSupport.openInstrument(page, "Tijdlijn");
                assertThat(page.locator(event)).hasCount(1, COUNT);
            }

            // Bram removes the event by mistake ...
            bram.locator(event + " .rw-tl-shape").click();
            bram.locator("vaadin-dialog.rw-timeline-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Verwijderen")).click();
            bram.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Verwijderen")).click();
            assertThat(fac.locator(event)).hasCount(0, COUNT);
            // ... and undoes it from the history: the facilitator's view shows it return
            bram.locator(".rw-timeline-panel .rw-history-button").click();
            Locator bramHistory = bram.locator("vaadin-dialog.rw-history-dialog");
            assertThat(bramHistory.locator(".rw-history-entry").first()).containsText("„Verhuizing naar Deventer” verwijderd", WAIT);
            assertThat(bramHistory.locator(".rw-history-entry").first()).containsText("Bram");
            BrowserSupport.screenshot(bram, "history-participant-1280x900");
            bramHistory.locator(".rw-history-entry").first().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Ongedaan maken")).click();
            assertThat(fac.locator(event)).hasCount(1, COUNT);
            assertThat(bram.locator(event)).hasCount(1, COUNT);
            assertThat(bramHistory.locator(".rw-history-entry").first()).containsText("maakte ongedaan", WAIT);
            bramHistory.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();

            // the facilitator restores the geno-sociogram to the end of meeting 1
            for (Page page : List.of(fac, bram)) {
                BrowserSupport.openInstrument(page, "Geno-sociogram");
                assertThat(page.locator(".rw-gs-node[data-name='buurman']")).hasCount(1, COUNT);
                assertThat(page.locator(".rw-gs-node[data-name='oma Es']")).hasCount(0, COUNT);
            }
            fac.locator(".rw-genogram-panel .rw-history-button").click();
            Locator facHistory = fac.locator("vaadin-dialog.rw-history-dialog");
            assertThat(facHistory.locator(".rw-history-size")).containsText("wijzigingen bewaard", WAIT);
            assertThat(facHistory.locator(".rw-history-restore")).containsText("Eerste bijeenkomst", WAIT);
            BrowserSupport.screenshot(fac, "history-facilitator-1920x1080");
            facHistory.locator(".rw-history-restore-button").click();
            Locator confirm = fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog");
            assertThat(confirm.first()).containsText("Eerste bijeenkomst", WAIT);
            confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terugzetten")).click();
            for (Page page : List.of(fac, bram)) {
                assertThat(page.locator(".rw-gs-node[data-name='oma Es']")).hasCount(1, COUNT);
                assertThat(page.locator(".rw-gs-node[data-name='buurman']")).hasCount(0, COUNT);
                assertThat(page.locator(".rw-gs-node[data-name='Noor']")).hasCount(1, COUNT);
                assertThat(page.locator(".rw-gs-line[data-type='CLOSE']")).hasCount(1, COUNT);
            }
            assertThat(facHistory.locator(".rw-history-entry").first()).containsText("zette terug naar het einde van", WAIT);
            BrowserSupport.screenshot(fac, "history-restored-facilitator-1920x1080");
            BrowserSupport.screenshot(bram, "history-restored-participant-1280x900");
        } catch (AssertionError | RuntimeException e) {
            try {
                if (fac != null) {
                    BrowserSupport.screenshot(fac, "history-failed-facilitator");
                }
                if (bram != null) {
                    BrowserSupport.screenshot(bram, "history-failed-bram");
                }
            } catch (RuntimeException closed) {
                e.addSuppressed(closed);
            }
            throw e;
        }
    }
}
