package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import nl.reflectiewerkplaats.casework.MeetingPaths;

/**
 * What a facilitator trips over in a first real meeting (issue 19), each in real
 * browsers with real push on one started app: someone else's timeline event is
 * noticeable in the picture, a locked timeline looks locked, a genogram child stands
 * below its parent and quick adds keep what was typed, counts say of how many, the
 * report names the facilitator, a long name does not widen the page, bestuurder
 * questions only in a network reflection, and the login lock says the true wait.
 */
class FirstMeetingBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);
    private static final LocatorAssertions.HasCountOptions COUNT =
            new LocatorAssertions.HasCountOptions().setTimeout(10_000);
    private static final LocatorAssertions.HasAttributeOptions ATTR =
            new LocatorAssertions.HasAttributeOptions().setTimeout(10_000);

    private static ConfigurableApplicationContext app;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private static Actor.Facilitator anna;
    /** The facilitator's browser, logged in once for all tests. */
    private static BrowserContext facContext;

    @BeforeAll
    static void start() {
        BrowserSupport.chromium();
        app = BrowserSupport.startApp("rw-first-meeting-store");
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
        base = BrowserSupport.baseUrl(app);
        anna = BrowserSupport.anna(app);
        facContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true));
        Page login = facContext.newPage();
        BrowserSupport.logIn(login, base, "anna", "een-lang-wachtwoord");
        assertThat(login.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
        login.close();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private record Setting(Case theCase, Meeting meeting) {
    }

    private static Setting meeting(String pseudonym, String title, boolean network) {
        Case theCase = app.getBean(CaseService.class).createCase(anna, pseudonym, "Samenwerking loopt vast.");
        Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), title, LocalDate.now(MeetingPaths.ZONE),
                network);
        return new Setting(theCase, meeting);
    }

    private static Page facilitator(Setting s) {
        Page fac = facContext.newPage();
        fac.navigate(base + "/bijeenkomst/" + s.meeting().getId());
        assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(s.meeting().getTitle())
                .setExact(true))).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        return fac;
    }

    private static Page participant(Setting s, String name, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.navigate(base + "/doe-mee/" + s.meeting().getInviteToken());
        try {
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        } catch (RuntimeException e) {
            BrowserSupport.screenshot(page, "first-meeting-join-failed-" + name);
            throw e;
        }
        page.getByLabel("Rol of organisatie").fill("wijkteam");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(s.meeting().getTitle())
                .setExact(true))).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        return page;
    }

    private static void tab(Page page, String name) {
        BrowserSupport.openInstrument(page, name);
    }

    private static void onFailure(String name, List<Page> pages, Runnable steps) {
        try {
            steps.run();
        } catch (AssertionError | RuntimeException e) {
            for (int i = 0; i < pages.size(); i++) {
                BrowserSupport.screenshot(pages.get(i), "first-meeting-" + name + "-failed-" + i);
            }
            throw e;
        } finally {
            for (Page p : pages) {
                p.context().pages().forEach(Page::close);
            }
        }
    }

    /** Whether the event's mark lies inside the visible part of the timeline's scroller. */
    private static boolean inFrame(Page page, String date) {
        return (Boolean) page.evaluate("date => { const s = document.querySelector('rw-timeline .rw-tl-scroller');"
                + " const g = document.querySelector(`rw-timeline .rw-tl-event[data-date='${date}'] .rw-tl-shape`);"
                + " if (!g) return false; const a = s.getBoundingClientRect(), b = g.getBoundingClientRect();"
                + " return b.left >= a.left && b.right <= a.right; }", date);
    }

    private static void addEvent(Page page, String date, String title) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebeurtenis toevoegen")).click();
        Locator dialog = page.locator("vaadin-dialog.rw-timeline-dialog");
        dialog.getByLabel("Datum").fill(date);
        dialog.getByLabel("Datum").press("Enter");
        dialog.getByLabel("Wat gebeurde er (kort)").fill(title);
        dialog.getByLabel("Soort").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Cruciaal contact tussen betrokkenen")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(dialog).hasCount(0, COUNT);
    }

    // ---- 1: a change someone else makes is noticeable in the picture

    @Test
    void aTimelineEventSomeoneElseAddsIsInTheFacilitatorsFrameOrMarked() {
        Setting s = meeting("Gezin Linde", "Tijdlijn samen", false);
        Page fac = facilitator(s);
        Page bram = participant(s, "Bram", 1024, 768);
        onFailure("timeline", List.of(fac, bram), () -> {
            tab(fac, "Tijdlijn");
            tab(bram, "Tijdlijn");
            // an empty timeline is not zoomed to weeks
            assertThat(fac.locator("rw-timeline")).hasAttribute("data-count", "0");
            assertThat(fac.locator("rw-timeline").getAttribute("data-unit")).isNotEqualTo("week");

            addEvent(fac, "1-9-2021", "Eerste melding school");
            assertThat(fac.locator("rw-timeline .rw-tl-event[data-date='2021-09-01']")).hasCount(1, COUNT);
            assertThat(inFrame(fac, "2021-09-01")).as("own event in view").isTrue();
            addEvent(bram, "12-3-2022", "Bram belt de mentor");
            assertThat(fac.locator("rw-timeline .rw-tl-event[data-date='2022-03-12']")).hasCount(1, COUNT);
            assertThat(inFrame(fac, "2022-03-12")).as("the participant's event is in the facilitator's frame").isTrue();
            assertThat(inFrame(fac, "2021-09-01")).isTrue();
            BrowserSupport.screenshot(fac, "first-meeting-timeline-both-in-view");

            // once the facilitator zoomed in, an event outside the frame gets a marker that brings it into view
            for (int i = 0; i < 5; i++) {
                fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inzoomen (naar weken)")).click();
            }
            assertThat(fac.locator("rw-timeline")).hasAttribute("data-fitted", "false");
            fac.locator("rw-timeline .rw-tl-scroller").evaluate("s => s.scrollLeft = 0");
            addEvent(bram, "1-6-2025", "Gesprek met moeder");
            assertThat(fac.locator("rw-timeline .rw-tl-event[data-date='2025-06-01']")).hasCount(1, COUNT);
            assertThat(inFrame(fac, "2025-06-01")).isFalse();
            Locator marker = fac.locator("rw-timeline .rw-tl-fresh-marker");
            assertThat(marker).isVisible();
            assertThat(marker).containsText("nieuw: Gesprek met moeder");
            BrowserSupport.screenshot(fac, "first-meeting-timeline-marker");
            marker.click();
            assertThat(marker).isHidden();
            assertThat(inFrame(fac, "2025-06-01")).as("the marker brought the event into view").isTrue();
        });
    }

    // ---- 2: a locked timeline looks locked before anyone tries

    @Test
    void aLockedTimelineOpensItsDialogReadOnlyWithANote() {
        Setting s = meeting("Gezin Roos", "Vergrendeld", false);
        String eventId = app.getBean(TimelineService.class).addEvent(anna, s.theCase().getId(), null,
                new TimelineEventDraft(EventDate.day(LocalDate.of(2020, 4, 20)), "Gezin verhuist naar tante", "", "moeder",
                        EventKind.FAMILY_FACT)).getId();
        Page fac = facilitator(s);
        Page bram = participant(s, "Bram", 1280, 800);
        onFailure("locked", List.of(fac, bram), () -> {
            tab(fac, "Tijdlijn");
            tab(bram, "Tijdlijn");
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergrendelen")).click();
            assertThat(bram.locator(".rw-timeline-status")).containsText("vergrendeld", WAIT);
            bram.locator("rw-timeline [data-id='" + eventId + "'] .rw-tl-shape").click();
            Locator dialog = bram.locator("vaadin-dialog.rw-timeline-dialog");
            assertThat(dialog).containsText("De begeleider heeft de tijdlijn vergrendeld", WAIT);
            assertThat(dialog.locator("vaadin-text-field").first()).hasAttribute("readonly", "");
            assertThat(dialog.getByLabel("Wat gebeurde er (kort)")).hasAttribute("readonly", "");
            assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan"))).hasCount(0);
            assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten"))).isVisible();
            BrowserSupport.screenshot(bram, "first-meeting-locked-dialog");
        });
    }

    // ---- 3 and 4: the genogram places new persons sensibly, and its form keeps what was typed

    @Test
    void aChildAddedUnderAParentStandsBelowThemAndANewPersonStandsByGeneration() {
        Setting s = meeting("Gezin Eik", "Genogram", false);
        Page bram = participant(s, "Bram", 1280, 800);
        onFailure("genogram-place", List.of(bram), () -> {
            tab(bram, "Geno-sociogram");
            addPerson(bram, "oma", "Vrouw (cirkel)", "1950");
            addPerson(bram, "opa", "Man (vierkant)", "1948");
            addPerson(bram, "moeder", "Vrouw (cirkel)", "1979");
            Map<String, Person> at = persons(s);
            assertThat(at.get("opa").getY()).as("same generation, same row").isEqualTo(at.get("oma").getY());
            assertThat(at.get("moeder").getY()).as("a generation later, a row lower").isGreaterThan(at.get("oma").getY());

            addPerson(bram, "Jesse", "Man (vierkant)", "");
            pick(bram, "Van", "moeder");
            choose(bram, "Soort lijn", "Ouder – kind");
            pick(bram, "Naar", "Jesse");
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lijn toevoegen")).click();
            assertThat(bram.locator(".rw-genogram-list")).containsText("moeder – Jesse", WAIT);
            Locator jesse = bram.locator(".rw-gs-node[data-name='Jesse']");
            Person mother = persons(s).get("moeder");
            // the picture moves Jesse below the mother (for everyone, from the stored place)
            waitUntil(() -> persons(s).get("Jesse").getY() > mother.getY());
            Person child = persons(s).get("Jesse");
            assertThat(child.getY()).isGreaterThan(mother.getY());
            assertThat(Math.abs(child.getX() - mother.getX())).as("below, not beside").isLessThan(200);
            assertThat(jesse).hasAttribute("transform", "translate(" + fmt(child.getX()) + "," + fmt(child.getY()) + ")", ATTR);
            // and the child is in view, or a marker brings it there
            Locator marker = bram.locator("rw-genogram .rw-gs-fresh-marker");
            if (!nodeInCanvas(bram, "Jesse")) {
                assertThat(marker).containsText("nieuw: Jesse");
                marker.click();
            }
            assertThat(nodeInCanvas(bram, "Jesse")).as("Jesse in the visible part of the drawing").isTrue();
            BrowserSupport.screenshot(bram, "first-meeting-genogram-child-below");
        });
    }

    @Test
    void twoQuickAddsByOnePersonBothArrive() {
        Setting s = meeting("Gezin Beuk", "Snel toevoegen", false);
        Page bram = participant(s, "Bram", 1280, 800);
        onFailure("genogram-quick", List.of(bram), () -> {
            tab(bram, "Geno-sociogram");
            Locator form = bram.locator(".rw-genogram-person-form");
            Locator name = form.getByLabel("Naam of rol");
            name.fill("oma");
            choose(bram, "Vorm", "Vrouw (cirkel)");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Persoon toevoegen")).click();
            // typed at once, before the answer to the first add is in
            name.fill("opa");
            choose(bram, "Vorm", "Man (vierkant)");
            assertThat(bram.locator(".rw-gs-node[data-name='oma']")).hasCount(1, COUNT);
            assertThat(name).hasValue("opa");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Persoon toevoegen")).click();
            assertThat(bram.locator(".rw-gs-node[data-name='opa']")).hasCount(1, COUNT);
            assertThat(name).hasValue("");
            waitUntil(() -> persons(s).keySet().containsAll(List.of("oma", "opa")));
            assertThat(persons(s)).hasSize(2);
        });
    }

    /** Polls the store (not the page) for up to ten seconds. */
    private static void waitUntil(BooleanSupplier stored) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!stored.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not stored within 10 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean nodeInCanvas(Page page, String name) {
        return (Boolean) page.evaluate("name => { const c = document.querySelector('rw-genogram .rw-gs-canvas')"
                + ".getBoundingClientRect(); const n = document.querySelector(`rw-genogram .rw-gs-node[data-name='${name}']`)"
                + ".getBoundingClientRect(); const x = n.left + n.width / 2, y = n.top + n.height / 2;"
                + " return x >= c.left && x <= c.right && y >= c.top && y <= c.bottom; }", name);
    }

    private static Map<String, Person> persons(Setting s) {
        Map<String, Person> byName = new HashMap<>();
        app.getBean(GenogramService.class).open(anna, s.theCase().getId(), DiagramKind.GENOGRAM).persons()
                .forEach(p -> byName.put(p.getName(), p));
        return byName;
    }

    private static void addPerson(Page page, String name, String shape, String year) {
        Locator form = page.locator(".rw-genogram-person-form");
        form.getByLabel("Naam of rol").fill(name);
        choose(page, "Vorm", shape);
        form.getByLabel("Geboortejaar").fill(year);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Persoon toevoegen")).click();
        assertThat(page.locator(".rw-gs-node[data-name='" + name + "']")).hasCount(1, COUNT);
        assertThat(form.getByLabel("Naam of rol")).hasValue("");
    }

    private static void choose(Page page, String label, String item) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.locator("label",
                new Page.LocatorOptions().setHasText(label)))).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0, COUNT);
    }

    private static void pick(Page page, String label, String item) {
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.fill(item);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        assertThat(input).hasValue(item);
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0, COUNT);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    // ---- 5: every count says of how many

    @Test
    void countsSayOfHowMany() {
        Setting s = meeting("Gezin Wilg", "Tellen", false);
        Page fac = facilitator(s);
        Page bram = participant(s, "Bram", 1280, 800);
        Page sanne = participant(s, "Sanne", 1024, 768);
        Page dewi = participant(s, "Dewi", 1024, 768);
        onFailure("counts", List.of(fac, bram, sanne, dewi), () -> {
            assertThat(fac.locator(".rw-ready-count")).hasText("0 van 3 klaar", new LocatorAssertions.HasTextOptions()
                    .setTimeout(10_000));
            bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar").setExact(true)).click();
            assertThat(fac.locator(".rw-ready-count")).hasText("1 van 3 klaar", new LocatorAssertions.HasTextOptions()
                    .setTimeout(10_000));
            BrowserSupport.screenshot(fac, "first-meeting-ready-count");
            // a spanningsveld round: "0 van 3", then "1 van 3 geplaatst"
            app.getBean(TensionFieldService.class).openRound(anna, s.theCase().getId(), s.meeting().getId(),
                    "bewezen-ongrijpbaar", Round.RevealMode.NAMED);
            tab(fac, "Spanningsvelden");
            assertThat(fac.locator(".rw-round-progress")).containsText("(0 van 3)", WAIT);
        });
    }

    // ---- 6: the report names the facilitator too

    @Test
    void theReportListsTheFacilitatorAmongWhoTookPart() throws Exception {
        Setting s = meeting("Gezin Hazelaar", "Verslagavond", false);
        Page fac = facilitator(s);
        Page bram = participant(s, "Bram", 1280, 800);
        String[] text = new String[1];
        onFailure("report", List.of(fac, bram), () -> {
            Download pdf = fac.waitForDownload(() -> fac.locator(".rw-report-link").click());
            try (var doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                text[0] = new PDFTextStripper().getText(doc);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String who = text[0].substring(text[0].indexOf("Wie deden er mee"), text[0].indexOf("Agenda"));
        assertThat(who).contains("Anna de Vries — begeleider").contains("Bram — wijkteam");
    }

    // ---- 8: smaller things

    @Test
    void aLongNameWithoutSpacesDoesNotWidenThePage() {
        Setting s = meeting("Gezin Lang", "Lange namen", false);
        Page fac = facilitator(s);
        String longName = "Mariaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        Page maria = participant(s, longName, 1024, 768);
        onFailure("long-name", List.of(fac, maria), () -> {
            assertThat(fac.locator(".rw-presence")).containsText(longName.substring(0, 20), WAIT);
            for (Page p : List.of(fac, maria)) {
                assertThat(p.locator(".rw-presence-name").last()).containsText("Mariaaaa", WAIT);
                Object widths = p.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                @SuppressWarnings("unchecked")
                List<Number> w = (List<Number>) widths;
                assertThat(w.get(0).intValue()).as("no sideways scroll").isLessThanOrEqualTo(w.get(1).intValue());
                var panel = p.locator(".rw-presence").boundingBox();
                assertThat(panel.x + panel.width).as("the panel stays on the page").isLessThanOrEqualTo(w.get(1).doubleValue());
            }
            BrowserSupport.screenshot(maria, "first-meeting-long-name-1024");
        });
    }

    @Test
    void bestuurderQuestionsOnlyInANetworkReflection() {
        Setting plain = meeting("Gezin Es", "Gewone bijeenkomst", false);
        Setting network = meeting("Gezin Es 2", "Netwerkreflectie", true);
        TensionFieldService fields = app.getBean(TensionFieldService.class);
        fields.openRound(anna, plain.theCase().getId(), plain.meeting().getId(), "bewezen-ongrijpbaar", Round.RevealMode.NAMED);
        fields.openRound(anna, network.theCase().getId(), network.meeting().getId(), "bewezen-ongrijpbaar",
                Round.RevealMode.NAMED);
        Page bram = participant(plain, "Bram", 1280, 800);
        Page bert = participant(network, "Bert", 1280, 800);
        onFailure("bestuurder", List.of(bram, bert), () -> {
            tab(bram, "Spanningsvelden");
            tab(bert, "Spanningsvelden");
            // in the network reflection the questions for bestuurders are there ...
            assertThat(bert.locator(".rw-field-questions")).containsText("Vragen voor bestuurders", WAIT);
            assertThat(bert.locator(".rw-bestuurder-question")).hasCount(2);
            // ... in another meeting, the same field shows none of them
            assertThat(bram.locator(".rw-field-questions")).containsText("Wanneer helpt het om te denken", WAIT);
            assertThat(bram.locator(".rw-field-questions")).not().containsText("bestuurder");
            assertThat(bram.locator(".rw-bestuurder-question")).hasCount(0);
        });
    }

    @Test
    void theLoginLockSaysTheTrueWait() {
        AccountService accounts = app.getBean(AccountService.class);
        BrowserSupport.account(app, accounts.findByUsername("anna").orElseThrow().asAdministrator(), "bert", "Bert Smit");
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage();
        onFailure("login-lock", List.of(page), () -> {
            page.navigate(base + "/login");
            for (int i = 0; i < 5; i++) {
                page.getByLabel("Gebruikersnaam").fill("bert");
                page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("fout-wachtwoord-" + i);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
                assertThat(page.locator("vaadin-notification-card").last())
                        .containsText("Controleer je gebruikersnaam en wachtwoord", WAIT);
                page.locator("vaadin-notification-card").evaluateAll("cards => cards.forEach(c => c.remove())");
            }
            page.getByLabel("Gebruikersnaam").fill("bert");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            // five failures use up the bucket; it refills one attempt per 3 minutes
            assertThat(page.locator("vaadin-notification-card").last())
                    .containsText("Over 3 minuten kun je het opnieuw proberen", WAIT);
            assertThat(page.locator("vaadin-notification-card").last()).not().containsText("kwartier");
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        });
    }
}
