package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import java.time.LocalDate;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;

/**
 * Markup typed into any text field is shown as plain text in another user's browser
 * and never runs. Three browsers (the facilitator Anna, the participants Bram and
 * Sanne); every step types a payload with a unique marker in one browser and looks
 * for the literal text in another. After every step, in all three browsers, no
 * payload has run ({@code window.__xss} stays undefined) and no element was made
 * from it ({@code img[src=x]}, {@code svg[onload]}, any {@code on…} attribute, a
 * {@code <script>} mentioning {@code __xss}, shadow roots included).
 *
 * <p>A canary first checks that these detectors fire when markup <em>is</em> inserted
 * as HTML under the app's Content-Security-Policy, so the test can fail.
 *
 * <p>To cover a new instrument, add a {@link Step} to {@link #steps()}.
 */
class XssBrowserTests {

    // --- payloads: each field gets a marker plus one of these (the short ones fit 60-character fields)
    private static final String IMG = "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";
    private static final String SCRIPT = "<script>window.__xss=9</script>";
    private static final String SVG = "\"><svg onload=window.__xss=7>";
    private static final String SHORT_IMG = "<img src=x onerror=window.__xss=1>";

    private static final String FAC_NAME = "Anna XSS-BEGELEIDER " + SVG;
    private static final String CASE = "XSS-CASUS " + SHORT_IMG;
    private static final String QUESTION = "XSS-VRAAG " + SCRIPT + " " + IMG;
    private static final String TITLE = "XSS-TITEL " + SVG;
    private static final String BRAM = "Bram XSS-NAAM " + SHORT_IMG;
    private static final String BRAM_ROLE = "XSS-ROL " + IMG;
    private static final String SANNE = "Sanne";

    private static final String PASSWORD = "een-lang-wachtwoord";
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final LocatorAssertions.IsVisibleOptions VISIBLE = new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);
    private static final LocatorAssertions.HasCountOptions COUNT = new LocatorAssertions.HasCountOptions().setTimeout(10_000);
    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    /** Everything in every element, shadow roots included: a script element that mentions the payload. */
    private static final String SCRIPTS_FROM_PAYLOAD = """
            () => { let n = 0;
              const walk = root => root.querySelectorAll('*').forEach(el => {
                if (el.tagName === 'SCRIPT' && (el.textContent || '').includes('__xss')) n++;
                if (el.shadowRoot) walk(el.shadowRoot);
              });
              walk(document); return n; }""";

    /** The three browsers of one meeting, and what the steps learn on the way. */
    static final class Ctx {
        final String base;
        final ConfigurableApplicationContext app;
        final Page fac;
        final Page bram;
        final Page sanne;
        String invite;

        Ctx(String base, ConfigurableApplicationContext app, Page fac, Page bram, Page sanne) {
            this.base = base;
            this.app = app;
            this.fac = fac;
            this.bram = bram;
            this.sanne = sanne;
        }

        List<Page> all() {
            return List.of(fac, bram, sanne);
        }
    }

    /** One field (or a few of one instrument): type markup in one browser, find it as text in another. */
    record Step(String name, Consumer<Ctx> run) {
    }

    static List<Step> steps() {
        return List.of(
                new Step("facilitator's display name (first-account page)", XssBrowserTests::facilitatorAccount),
                new Step("case pseudonym and question, meeting title (join page)", XssBrowserTests::caseAndMeeting),
                new Step("participant's name and role (presence list)", XssBrowserTests::joinAndPresence),
                new Step("workspace header: case, title, question", XssBrowserTests::workspaceHeader),
                new Step("dream cards, and the spotlight", XssBrowserTests::dreamCards),
                new Step("spanningsveld: shared notes, marker names, move reason", XssBrowserTests::tensionField),
                new Step("perspectiefwissel roles: role name, dilemma, feeling, notes", XssBrowserTests::roles),
                new Step("perspectiefwissel two groups: texts, pitch, notes", XssBrowserTests::twoGroups),
                new Step("perspectiefwissel rugzak: family role, advice", XssBrowserTests::backpack),
                new Step("andere taal: new words", XssBrowserTests::newWords),
                new Step("kunst: title, stanzas, notes", XssBrowserTests::art),
                new Step("afsluiting: agreements, tops and tips", XssBrowserTests::closing),
                new Step("agenda: step title", XssBrowserTests::agendaStep),
                new Step("tijdlijn: event title", XssBrowserTests::timeline),
                new Step("geno-sociogram: person names, a line between them", XssBrowserTests::genogram),
                new Step("reflective interviews: a co-facilitator reads another's interview", XssBrowserTests::interview),
                new Step("reload: every text again in the first render of the page", XssBrowserTests::reloadAll));
    }

    @Test
    void typedMarkupIsShownAsTextInOtherBrowsersAndNeverRuns() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.startApp("rw-xss-store");
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            canary(browser, base);
            Ctx ctx = new Ctx(base, app,
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage(),
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage(),
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)).newPage());
            for (Step step : steps()) {
                try {
                    step.run().accept(ctx);
                    for (Page page : ctx.all()) {
                        nothingRan(page, step.name());
                    }
                } catch (AssertionError | RuntimeException e) {
                    BrowserSupport.screenshot(ctx.fac, "xss-failed-facilitator");
                    BrowserSupport.screenshot(ctx.bram, "xss-failed-bram");
                    BrowserSupport.screenshot(ctx.sanne, "xss-failed-sanne");
                    throw new AssertionError("step '" + step.name() + "': " + e.getMessage(), e);
                }
            }
            BrowserSupport.screenshot(ctx.sanne, "xss-participant-end");
            BrowserSupport.screenshot(ctx.fac, "xss-facilitator-end");
        } finally {
            app.close();
        }
    }

    /** The detectors do fire when markup is inserted as HTML here (CSP included). */
    private static void canary(Browser browser, String base) {
        Page page = browser.newContext().newPage();
        page.navigate(base + "/login");
        assertThat(page.getByLabel("Gebruikersnaam")).isVisible();
        page.evaluate("html => { const d = document.createElement('div'); d.innerHTML = html; document.body.append(d); }",
                IMG + SVG);
        page.waitForFunction("() => window.__xss !== undefined");
        assertThat(page.locator("img[src='x']")).hasCount(1);
        assertThat(page.locator("svg[onload]")).hasCount(1);
        page.context().close();
    }

    private static void nothingRan(Page page, String step) {
        assertThat((Boolean) page.evaluate("() => window.__xss === undefined"))
                .as("window.__xss after '%s' in %s", step, page.url()).isTrue();
        assertThat(page.locator("img[src='x'], svg[onload], [onerror], [onload]").count())
                .as("elements made from a payload after '%s' in %s", step, page.url()).isZero();
        assertThat(((Number) page.evaluate(SCRIPTS_FROM_PAYLOAD)).intValue())
                .as("script elements from a payload after '%s' in %s", step, page.url()).isZero();
    }

    /** The literal text, markup and all, is shown inside {@code scope}. */
    /** A pattern (in the syntax Java and the browser share) that finds the literal anywhere. */
    private static Pattern containing(String literal) {
        return Pattern.compile(literal.replaceAll("([\\\\^$.|?*+()\\[\\]{}/])", "\\\\$1"));
    }

    private static void shows(Page page, String scope, String literal) {
        assertThat(page.locator(scope).getByText(literal).first()).isVisible(VISIBLE);
    }

    // ------------------------------------------------------------------ steps

    private static void facilitatorAccount(Ctx c) {
        AccountService accounts = c.app.getBean(AccountService.class);
        c.fac.navigate(c.base + "/eerste-account/" + accounts.setupTokenIfNeeded().orElseThrow());
        c.fac.getByLabel("Gebruikersnaam").fill("anna");
        c.fac.getByLabel("Naam", EXACT).fill(FAC_NAME);
        c.fac.getByLabel("Wachtwoord", EXACT).fill(PASSWORD);
        c.fac.getByLabel("Wachtwoord (nog een keer)").fill(PASSWORD);
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
        c.fac.waitForURL(url -> url.contains("/login"));
        BrowserSupport.logIn(c.fac, c.base, "anna", PASSWORD);
        assertThat(c.fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
        // the name is seen by the participants in the presence list: checked in joinAndPresence
    }

    private static void caseAndMeeting(Ctx c) {
        Page fac = c.fac;
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe casus")).click();
        fac.getByLabel("Schuilnaam van de casus").fill(CASE);
        fac.getByLabel("Vraag of vastloper").fill(QUESTION);
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Casus aanmaken")).click();
        assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(CASE))).isVisible(VISIBLE);
        fac.getByLabel("Titel van de bijeenkomst").fill(TITLE);
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
        Locator link = fac.getByLabel("Uitnodigingslink");
        assertThat(link).hasValue(Pattern.compile(".*/doe-mee/[A-Za-z0-9_-]{43}$"),
                new LocatorAssertions.HasValueOptions().setTimeout(10_000));
        c.invite = link.inputValue();
        shows(fac, "body", TITLE);
        fac.getByText("Naar de werkruimte").click();
        assertThat(fac.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).isVisible(VISIBLE);

        // a participant opens the link: the pseudonym and the title, as text
        c.bram.navigate(c.invite);
        shows(c.bram, "body", "Casus: " + CASE);
        assertThat(c.bram.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).isVisible(VISIBLE);
        assertThat(c.bram.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE))).hasText(TITLE);
    }

    private static void joinAndPresence(Ctx c) {
        join(c.bram, c.invite, BRAM, BRAM_ROLE);
        join(c.sanne, c.invite, SANNE, "leerkracht");
        for (Page other : List.of(c.fac, c.sanne)) {
            shows(other, ".rw-presence-people", BRAM);
            shows(other, ".rw-presence-people", BRAM_ROLE);
        }
        shows(c.bram, ".rw-presence-people", FAC_NAME);
        shows(c.sanne, ".rw-presence-people", FAC_NAME);
    }

    private static void workspaceHeader(Ctx c) {
        for (Page p : List.of(c.bram, c.sanne)) {
            shows(p, ".rw-workspace-header", "Casus " + CASE);
            assertThat(p.locator(".rw-workspace-header h1")).hasText(TITLE);
            shows(p, ".rw-case-question-box", QUESTION);
        }
        assertThat(c.bram.title()).contains(CASE).contains(TITLE);
    }

    private static void dreamCards(Ctx c) {
        String fromBram = "XSS-DROOM " + IMG;
        String fromFac = "XSS-DROOM-BEGELEIDER " + SCRIPT;
        c.bram.locator(".rw-question textarea").first().fill(fromBram);
        c.bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).first().click();
        shows(c.fac, ".rw-answer-card", fromBram);
        shows(c.sanne, ".rw-answer-card", fromBram);
        shows(c.sanne, ".rw-answer-card", BRAM); // the author's name
        c.fac.locator(".rw-question textarea").nth(1).fill(fromFac);
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).nth(1).click();
        shows(c.bram, ".rw-answer-card", fromFac);
        shows(c.bram, ".rw-answer-card", FAC_NAME);
        // the facilitator lights up Bram's card for everyone
        c.fac.locator(".rw-answer-card").filter(new Locator.FilterOptions().setHasText("XSS-DROOM <img"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitlichten voor iedereen")).click();
        shows(c.sanne, ".rw-spotlight", fromBram);
        shows(c.bram, ".rw-spotlight", fromBram);
    }

    private static void tensionField(Ctx c) {
        c.fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spanningsvelden")).click();
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde starten")).click();
        assertThat(c.bram.locator(".rw-field-line")).isVisible(VISIBLE);
        assertThat(c.sanne.locator(".rw-field-line")).isVisible(VISIBLE);

        String note = "XSS-NOTITIE " + SVG + " " + IMG;
        addNote(c.bram, "Wat valt ons op? (gedeelde notities)", note);
        shows(c.fac, ".rw-field-notes", note);
        shows(c.sanne, ".rw-field-notes", note);

        place(c.bram, 300);
        place(c.sanne, 600);
        assertThat(c.fac.locator(".rw-round-progress")).containsText(Pattern.compile("2 van \\d+ geplaatst"), WAIT);
        assertThat(c.fac.locator(".rw-round-progress")).containsText(BRAM);
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onthullen")).click();
        c.fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Onthullen")).click();
        assertThat(c.bram.locator(".rw-marker:not(.rw-marker-ghost)")).hasCount(2, COUNT);
        shows(c.sanne, ".rw-marker-layer", BRAM);
        shows(c.fac, ".rw-marker-layer", BRAM);

        // Bram moves a little and says why; the others read it on his marker
        String reason = "XSS-REDEN " + IMG;
        place(c.bram, 350);
        c.bram.getByLabel("Waarom schuif je? (één zin)").fill(reason);
        c.bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaar mijn zin")).click();
        assertThat(c.bram.locator("vaadin-notification-card").last()).containsText("bewaard", WAIT);
        for (Page p : List.of(c.fac, c.sanne)) {
            Locator marker = p.locator(".rw-marker:not(.rw-marker-ghost)[title*='XSS-REDEN']");
            assertThat(marker).hasCount(1, COUNT);
            assertThat(marker).hasAttribute("title", Pattern.compile(escaped(reason) + "$"));
            assertThat(p.locator(".rw-move-arrow")).hasAttribute("title", reason);
        }
    }

    private static void roles(Ctx c) {
        String roleName = "XSS-ROLNAAM " + SVG;
        String dilemma = "XSS-DILEMMA " + IMG;
        String feeling = "XSS-GEVOEL " + SCRIPT;
        String note = "XSS-ROLNOTITIE " + IMG;
        Page fac = c.fac;
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Perspectiefwissel")).click();
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("3 · Rollen")).click();
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollenronde starten")).click();
        for (String name : List.of(roleName, "moeder")) {
            fac.getByLabel("Naam van de rol").fill(name);
            fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rol toevoegen")).click();
            shows(fac, ".rw-role-list", name);
        }
        for (Page p : List.of(c.bram, c.sanne)) {
            openTabs(p, "Perspectiefwissel", "3 · Rollen");
            shows(p, ".rw-role-list", roleName);
        }
        chooseRole(c.bram, roleName);
        chooseRole(c.sanne, "moeder");
        shows(c.bram, ".rw-role-mine", roleName);
        assertThat(c.sanne.locator(".rw-role").filter(new Locator.FilterOptions().setHasText("XSS-ROLNAAM")))
                .containsText(BRAM, WAIT); // "gekozen door <name>"

        answer(c.bram, dilemma, feeling);
        answer(c.sanne, "Dat niemand luistert.", "Alleen.");
        assertThat(fac.locator(".rw-round-progress")).containsText(Pattern.compile("2 van \\d+ geantwoord"), WAIT);
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onthullen")).click();
        fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Onthullen")).click();
        for (Page p : List.of(fac, c.sanne)) {
            shows(p, ".rw-perspective-table", dilemma);
            shows(p, ".rw-perspective-table", feeling);
            shows(p, ".rw-perspective-table", roleName);
            shows(p, ".rw-seat", roleName);
        }
        addNote(c.sanne, "Wat zien we? Wat leert dit ons? (gedeelde notities)", note);
        shows(c.bram, ".rw-field-notes", note);
        shows(fac, ".rw-field-notes", note);
    }

    private static void twoGroups(Ctx c) {
        String perspective = "XSS-PERSPECTIEF " + IMG;
        String step1 = "XSS-STAP1 " + SCRIPT;
        String otherPerspective = "XSS-GEZINSPERSPECTIEF " + SVG;
        String differences = "XSS-VERSCHILLEN " + IMG;
        String evaluation = "XSS-EVALUATIE " + SVG;
        Page fac = c.fac;
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("1 · Twee groepen")).click();
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Twee groepen starten")).click();
        // the participants' names label the facilitator's choices
        Locator bramChoice = fac.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Bram")));
        assertThat(bramChoice).containsText(BRAM, WAIT);
        bramChoice.getByText("Hulpverlening").click();
        fac.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Sanne")))
                .getByText("Gezin en netwerk").click();
        for (Page p : List.of(c.bram, c.sanne)) {
            openTabs(p, "Perspectiefwissel", "1 · Twee groepen");
        }
        assertThat(c.bram.locator(".rw-answer-form")).containsText("Jouw groep: Hulpverlening", WAIT);
        assertThat(c.sanne.locator(".rw-answer-form")).containsText("Jouw groep: Gezin en netwerk", WAIT);
        c.bram.getByLabel("Het gewenste perspectief op de lange termijn").fill(perspective);
        c.bram.getByLabel("Eerste stap die nu nodig is").fill(step1);
        c.bram.getByLabel("Tweede stap").click();
        c.sanne.getByLabel("Het gewenste perspectief op de lange termijn").fill(otherPerspective);
        c.sanne.getByLabel("Eerste stap die nu nodig is").click();
        // each says "klaar" after writing: that click reaches the server after the texts left their fields,
        // so once the facilitator sees both, the texts are stored and the pitch shows them
        for (Page p : List.of(c.bram, c.sanne)) {
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar").setExact(true)).click();
        }
        assertThat(fac.locator(".rw-ready-count")).containsText(Pattern.compile("2 van \\d+ klaar"), WAIT);

        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pitchen: beide groepen tonen")).click();
        fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Pitchen: beide groepen tonen")).click();
        for (Page p : List.of(fac, c.sanne)) {
            shows(p, ".rw-pitches", perspective);
            shows(p, ".rw-pitches", step1);
        }
        shows(c.bram, ".rw-pitches", otherPerspective);
        addNote(c.bram, "Wat betekenen de verschillen?", differences);
        addNote(c.sanne, "Wat leert dit jou over je rol? Wat ga je doen of laten?", evaluation);
        shows(fac, ".rw-field-notes", differences);
        shows(fac, ".rw-field-notes", evaluation);
        shows(c.sanne, ".rw-field-notes", differences);
        shows(c.bram, ".rw-field-notes", evaluation);
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde afronden")).click();
    }

    private static void backpack(Ctx c) {
        String familyRole = "XSS-GEZINSLID " + SVG;
        String advice = "XSS-ADVIES " + IMG;
        Page fac = c.fac;
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("2 · De rugzak")).click();
        fac.getByLabel("Wie draagt de rugzak?").click();
        fac.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Sanne"))).click();
        fac.getByLabel("Als welk gezinslid?").fill(familyRole);
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rugzak geven")).click();
        for (Page p : List.of(c.bram, c.sanne)) {
            openTabs(p, "Perspectiefwissel", "2 · De rugzak");
        }
        shows(c.sanne, ".rw-backpack-way", "Jij draagt de rugzak, als " + familyRole);
        shows(c.bram, ".rw-backpack-way", familyRole);
        c.bram.getByLabel("Jouw advies (één boek)").fill(advice);
        c.bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In de rugzak stoppen")).click();
        for (Page p : List.of(fac, c.sanne)) {
            shows(p, ".rw-book-list", advice);
            shows(p, ".rw-book-list", BRAM);
            assertThat(p.locator(".rw-book-spine")).hasAttribute("title", advice);
        }
    }

    private static void newWords(Ctx c) {
        String words = "XSS-NIEUWE-WOORDEN " + SCRIPT + " " + SVG;
        for (Page p : c.all()) {
            openTabs(p, "Andere taal");
        }
        addNote(c.bram, "Nieuwe woorden die we vandaag vonden", words);
        shows(c.fac, ".rw-field-notes", words);
        shows(c.sanne, ".rw-field-notes", words);
    }

    private static void art(Ctx c) {
        String title = "XSS-KUNSTTITEL " + SVG;
        String stanza1 = "XSS-STROFE1 " + IMG;
        String stanza2 = "XSS-STROFE2 " + SCRIPT;
        String note = "XSS-KUNSTNOTITIE " + IMG;
        for (Page p : c.all()) {
            openTabs(p, "Kunst");
        }
        c.fac.getByLabel("Titel (en maker)").fill(title);
        c.fac.getByLabel("Tekst", EXACT).fill(stanza1 + "\n\n" + stanza2);
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tekst tonen")).click();
        for (Page p : List.of(c.bram, c.sanne)) {
            shows(p, ".rw-art-text", title);
            shows(p, ".rw-art-text", stanza1);
            shows(p, ".rw-art-text", stanza2);
        }
        addNote(c.sanne, "Wat raakte ons? (gedeelde notities)", note);
        shows(c.bram, ".rw-field-notes", note);
        shows(c.fac, ".rw-field-notes", note);
    }

    private static void timeline(Ctx c) {
        String title = "XSS-TIJDLIJN " + IMG;
        for (Page p : c.all()) {
            openTabs(p, "Tijdlijn");
        }
        c.bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebeurtenis toevoegen")).click();
        Locator dialog = c.bram.locator("vaadin-dialog.rw-timeline-dialog");
        dialog.getByLabel("Datum").fill("12-3-2022");
        dialog.getByLabel("Datum").press("Enter");
        dialog.getByLabel("Wat gebeurde er (kort)").fill(title);
        dialog.getByLabel("Soort").click();
        c.bram.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Cruciaal contact tussen betrokkenen")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        for (Page p : List.of(c.fac, c.sanne)) {
            assertThat(p.locator("rw-timeline .rw-tl-event").filter(new Locator.FilterOptions().setHasText(title)))
                    .hasCount(1, new LocatorAssertions.HasCountOptions()
                            .setTimeout(10_000));
        }
        // a marked period and a question mark, by the facilitator (the picture's tools call the same service)
        var anna = c.app.getBean(AccountService.class).findByUsername("anna")
                .orElseThrow().asActor();
        var theCase = c.app.getBean(CaseService.class).listCases(anna).getFirst();
        var tl = c.app.getBean(TimelineService.class);
        String period = "XSS-PERIODE " + SHORT_IMG;
        String question = "XSS-VRAAG " + SCRIPT;
        tl.addPeriod(anna, theCase.getId(), null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30),
                period);
        tl.flagGap(anna, theCase.getId(), null, LocalDate.of(2021, 9, 1), question);
        for (Page p : List.of(c.bram, c.sanne)) {
            shows(p, ".rw-timeline-lists", period);
            shows(p, ".rw-timeline-lists", question);
            assertThat(p.locator("rw-timeline").getByText(period).first()).isVisible();
        }
        // "who" and the description of an event: in the list and in the picture's label
        String who = "XSS-WIE " + SHORT_IMG;
        tl.addEvent(anna, theCase.getId(), null, new TimelineEventDraft(
                EventDate.day(LocalDate.of(2020, 5, 5)), "XSS-MET-WIE",
                "XSS-TOELICHTING " + SCRIPT, who, EventKind.CONTACT));
        c.sanne.getByText("Alle gebeurtenissen als lijst").click();
        shows(c.sanne, ".rw-timeline-list", who);
        assertThat(c.bram.locator("rw-timeline [aria-label*='XSS-MET-WIE']").first())
                .hasAttribute("aria-label", containing(who));
    }

    private static void genogram(Ctx c) {
        String oma = "XSS-OMA " + SHORT_IMG;
        String kind = "XSS-KIND \"><b>vet</b>";
        for (Page p : c.all()) {
            openTabs(p, "Geno-sociogram");
        }
        for (String name : List.of(oma, kind)) {
            Locator form = c.sanne.locator(".rw-genogram-person-form");
            form.getByLabel("Naam of rol").fill(name);
            c.sanne.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(c.sanne.locator("label",
                    new Page.LocatorOptions().setHasText("Vorm")))).first().click();
            c.sanne.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Vrouw (cirkel)").setExact(true)).click();
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Persoon toevoegen")).click();
            shows(c.sanne, ".rw-genogram-list", name);
        }
        // a line with a note, typed by the facilitator (through the same service the form calls)
        var anna = c.app.getBean(AccountService.class).findByUsername("anna")
                .orElseThrow().asActor();
        var theCase = c.app.getBean(CaseService.class).listCases(anna).getFirst();
        var gs = c.app.getBean(GenogramService.class);
        var diagram = gs.open(anna, theCase.getId(), DiagramKind.GENOGRAM);
        String lineNote = "XSS-LIJN " + SVG;
        gs.addRelation(anna, theCase.getId(), DiagramKind.GENOGRAM,
                diagram.persons().get(0).getId(), diagram.persons().get(1).getId(),
                RelationType.CONFLICT, 1, lineNote);
        // a person's note and an event on them: read out in the drawing's label
        String personNote = "XSS-NOTITIE " + SVG;
        String eventText = "XSS-GEBEURTENIS " + SHORT_IMG;
        var noted = gs.addPerson(anna, theCase.getId(), DiagramKind.GENOGRAM,
                new PersonDetails(Shape.MALE,
                        "XSS-OPA", 1950, null, false, false, "", personNote));
        gs.addEvent(anna, noted.getId(), LifeEventKind.MOVED,
                LocalDate.of(2019, 4, 1), eventText);
        for (Page p : List.of(c.fac, c.bram)) {
            assertThat(p.locator("rw-genogram .rw-gs-node[data-name='XSS-OPA']")).hasAttribute("aria-label",
                    containing(personNote));
            assertThat(p.locator("rw-genogram .rw-gs-node[data-name='XSS-OPA']")).hasAttribute("aria-label",
                    containing(eventText));
        }
        for (Page p : List.of(c.fac, c.bram)) {
            shows(p, ".rw-genogram-list", oma);
            shows(p, ".rw-genogram-list", kind);
            shows(p, ".rw-genogram-list", lineNote);
            // the drawing holds the names as text: the attribute equals the literal
            assertThat(p.locator("rw-genogram .rw-gs-node").filter(new Locator.FilterOptions().setHasText("XSS-OMA")))
                    .hasAttribute("data-name", oma);
            assertThat(p.locator("rw-genogram b")).hasCount(0);
        }
    }

    private static void interview(Ctx c) {
        var accounts = c.app.getBean(AccountService.class);
        var anna = accounts.findByUsername("anna").orElseThrow().asActor();
        var theCase = c.app.getBean(CaseService.class).listCases(anna).getFirst();
        // a co-facilitator of the case, made by the beheerder (Anna is both), logs in in a fourth browser
        var bea = BrowserSupport.account(c.app, accounts.findByUsername("anna").orElseThrow().asAdministrator(), "bea",
                "Bea");
        c.app.getBean(CaseService.class).shareWith(anna, theCase.getId(), bea.getId());
        var interviews = c.app.getBean(InterviewService.class);
        String person = "XSS-GESPREK " + SHORT_IMG;
        var interview = interviews.create(anna, theCase.getId(), person);
        interviews.saveNote(anna, interview.getId(), "crucial", "XSS-ANTWOORD " + SCRIPT);
        Page beaPage = c.fac.context().browser().newContext().newPage();
        try {
            BrowserSupport.logIn(beaPage, c.base, "bea", PASSWORD);
            beaPage.navigate(c.base + "/casussen/" + theCase.getId() + "/gesprekken");
            assertThat(beaPage.getByText("Gesprek met " + person).first()).isVisible(VISIBLE);
            nothingRan(beaPage, "interview");
        } finally {
            beaPage.context().close();
        }
    }

    private static void closing(Ctx c) {
        String agreement = "XSS-AFSPRAAK " + IMG;
        String tip = "XSS-TOP-TIP " + SVG + SCRIPT;
        for (Page p : c.all()) {
            openTabs(p, "Afsluiting");
        }
        addNote(c.bram, "Afspraken: wie doet wat, waarom, wanneer, hoe?", agreement);
        addNote(c.sanne, "Tops en tips over deze bijeenkomst", tip);
        shows(c.fac, ".rw-field-notes", agreement);
        shows(c.fac, ".rw-field-notes", tip);
        shows(c.sanne, ".rw-field-notes", agreement);
        shows(c.bram, ".rw-field-notes", tip);
    }

    private static void agendaStep(Ctx c) {
        String stepTitle = "XSS-AGENDASTAP " + SVG;
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agenda aanpassen")).click();
        c.fac.getByLabel("Titel van de stap").fill(stepTitle);
        c.fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap toevoegen")).click();
        shows(c.fac, ".rw-agenda-editor", stepTitle);
        c.fac.locator("vaadin-dialog-overlay, vaadin-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sluiten").setExact(true)).click();
        shows(c.bram, ".rw-agenda-steps", stepTitle);
        shows(c.sanne, ".rw-agenda-steps", stepTitle);
    }

    private static void reloadAll(Ctx c) {
        for (Page p : c.all()) {
            p.reload();
            assertThat(p.locator(".rw-workspace-header h1")).hasText(TITLE, new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            shows(p, ".rw-workspace-header", "Casus " + CASE);
            shows(p, ".rw-case-question-box", QUESTION);
            shows(p, ".rw-agenda-steps", "XSS-AGENDASTAP " + SVG);
        }
        shows(c.bram, ".rw-presence-people", FAC_NAME);
        shows(c.fac, ".rw-presence-people", BRAM);
        // the spotlight comes with the first render; the dream cards when the tab opens
        shows(c.sanne, ".rw-spotlight", "XSS-DROOM " + IMG);
        openTabs(c.sanne, "Vragen naar de droom");
        shows(c.sanne, ".rw-answer-card", "XSS-DROOM " + IMG);
    }

    // ------------------------------------------------------------------ helpers

    /** The text as a regular expression that Playwright's (JavaScript) engine reads literally. */
    private static String escaped(String literal) {
        return literal.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    }

    private static void join(Page page, String invite, String name, String role) {
        page.navigate(invite);
        page.getByLabel("Naam", EXACT).fill(name);
        page.getByLabel("Rol of organisatie").fill(role);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.locator(".rw-workspace-header h1")).hasText(TITLE,
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
    }

    private static void openTabs(Page page, String... tabs) {
        for (String tab : tabs) {
            BrowserSupport.openInstrument(page, tab);
        }
    }

    /** Types a shared note under the notes block with this title and adds it. */
    private static void addNote(Page page, String title, String text) {
        Locator notes = page.locator(".rw-field-notes").filter(new Locator.FilterOptions().setHas(
                page.locator(".rw-field-notes-title", new Page.LocatorOptions().setHasText(title))));
        notes.locator("textarea").fill(text);
        notes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Notitie toevoegen")).click();
        assertThat(notes.locator(".rw-answer-card").getByText(text)).isVisible(VISIBLE);
    }

    /** Sets the range control as a drag or tap does: a new value, then a change event. */
    private static void place(Page page, int steps) {
        page.locator(".rw-place-control").evaluate(
                "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', {bubbles: true}));"
                        + " el.dispatchEvent(new Event('change', {bubbles: true})); }", steps);
    }

    private static void chooseRole(Page page, String role) {
        page.locator(".rw-role").filter(new Locator.FilterOptions().setHasText(role))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deze rol kiezen")).click();
        assertThat(page.locator(".rw-role-mine")).containsText(role, WAIT);
    }

    private static void answer(Page page, String dilemma, String feeling) {
        page.getByLabel("Wat is op dit moment jouw grootste dilemma of angst?").fill(dilemma);
        page.getByLabel("Hoe voel je je daarbij?").fill(feeling);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord bewaren")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("bewaard", WAIT);
    }
}
