package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.genogram.GenogramSample;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import nl.reflectiewerkplaats.base.DutchTime;
import com.microsoft.playwright.Mouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.regex.Pattern;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;

/**
 * The geno-sociogram in two real browsers with real push: the participant adds a
 * grandmother and a conflict line, the facilitator sees both without reload; the
 * facilitator drags a person, the participant sees who drags and then the new place.
 * Then a family of 25 with 10 professionals, photographed at 1024×768 and 1920×1080.
 */
class GenogramBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);
    private static final LocatorAssertions.HasCountOptions COUNT =
            new LocatorAssertions.HasCountOptions().setTimeout(10_000);

    @Test
    void aGrandmotherAndAConflictLineAppearForTheOtherAndADragIsSeenLive() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Beuk", "Jesse zit thuis.");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), "Genogramavond",
                    DutchTime.today());

            Page fac = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                    .setAcceptDownloads(true)).newPage();
            logIn(fac, base, facilitator.username());
            fac.navigate(base + "/bijeenkomst/" + meeting.getId());
            Page bram = join(browser, base + "/doe-mee/" + meeting.getInviteToken(), "Bram", 1024, 768);
            try {
                for (Page p : new Page[] {fac, bram}) {
                    BrowserSupport.openInstrument(p, "Geno-sociogram");
                    assertThat(p.locator("rw-genogram .rw-gs-svg")).isVisible();
                }

                // the participant adds the grandmother and the mother, with the form
                addPerson(bram, "oma moederszijde", "Vrouw (cirkel)", "1952");
                addPerson(bram, "moeder", "Vrouw (cirkel)", "1980");
                assertThat(bram.locator(".rw-gs-node[data-name='moeder']")).hasCount(1, COUNT);
                // and a conflict line between them
                pick(bram, "Van", "oma moederszijde");
                choose(bram, "Soort lijn", "Conflict");
                pick(bram, "Naar", "moeder");
                bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lijn toevoegen")).click();
                assertThat(bram.locator(".rw-gs-line[data-type='CONFLICT']")).hasCount(1, COUNT);

                // the facilitator sees both without reload: in the drawing and in the list
                assertThat(fac.locator(".rw-gs-node[data-name='oma moederszijde']")).hasCount(1, COUNT);
                assertThat(fac.locator(".rw-gs-line[data-type='CONFLICT']")).hasCount(1, COUNT);
                assertThat(fac.locator(".rw-genogram-list")).containsText("Conflict: oma moederszijde – moeder", WAIT);
                assertThat(fac.locator(".rw-gs-node[data-name='oma moederszijde']")).hasAttribute("aria-label",
                        Pattern.compile("oma moederszijde, Vrouw \\(cirkel\\), 1952"));

                // the facilitator drags the mother; the participant sees who drags, then the new place
                Locator facMother = fac.locator(".rw-gs-node[data-name='moeder']");
                Locator bramMother = bram.locator(".rw-gs-node[data-name='moeder']");
                String before = bramMother.getAttribute("transform");
                fac.locator("rw-genogram .rw-gs-canvas").scrollIntoViewIfNeeded();
                BoundingBox box = facMother.boundingBox();
                double cx = box.x + box.width / 2;
                double cy = box.y + box.height / 3;
                fac.mouse().move(cx, cy);
                fac.mouse().down();
                fac.mouse().move(cx + 40, cy + 10, new Mouse.MoveOptions().setSteps(5));
                assertThat(bram.locator(".rw-gs-drag-label")).containsText("Anna de Vries sleept", WAIT);
                BrowserSupport.screenshot(bram, "genogram-participant-sees-drag");
                fac.mouse().move(cx + 140, cy + 60, new Mouse.MoveOptions().setSteps(8));
                fac.mouse().up();
                assertThat(bram.locator(".rw-gs-drag-label")).hasCount(0, COUNT);
                assertThat(bramMother).not().hasAttribute("transform", before,
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                // and the place is stored: a reload shows it where the facilitator left it
                String after = fac.locator(".rw-gs-node[data-name='moeder']").getAttribute("transform");
                assertThat(bramMother).hasAttribute("transform", after,
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                Person stored = app.getBean(GenogramService.class).open(anna, theCase.getId(),
                        DiagramKind.GENOGRAM).persons().stream()
                        .filter(p -> p.getName().equals("moeder")).findFirst().orElseThrow();
                assertThat(after).isEqualTo("translate(" + fmt(stored.getX()) + "," + fmt(stored.getY()) + ")");
                assertThat(stored.isPlacedByHand()).isTrue();

                // the keyboard: the participant tabs to the grandmother and moves her with the arrow keys
                Locator bramOma = bram.locator(".rw-gs-node[data-name='oma moederszijde']");
                Locator facOma = fac.locator(".rw-gs-node[data-name='oma moederszijde']");
                String omaBefore = facOma.getAttribute("transform");
                bramOma.focus();
                bram.keyboard().press("Shift+ArrowDown");
                bram.keyboard().press("ArrowRight");
                assertThat(facOma).not().hasAttribute("transform", omaBefore,
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                assertThat(facOma).hasAttribute("transform", bramOma.getAttribute("transform"),
                        new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
                // Enter opens the person in the form
                bram.keyboard().press("Enter");
                assertThat(bram.locator(".rw-genogram-person-form h4").first()).containsText("oma moederszijde", WAIT);

                // export: an SVG with the legend, and a PNG
                Download svg = fac.waitForDownload(() -> fac.locator(".rw-gs-export-svg").click());
                String markup = Files.readString(svg.path());
                assertThat(svg.suggestedFilename()).endsWith(".svg");
                assertThat(markup).contains("<svg").contains("oma moederszijde").contains("Legenda").contains("Conflict");
                Download png = fac.waitForDownload(() -> fac.locator(".rw-gs-export-png").click());
                byte[] image = Files.readAllBytes(png.path());
                assertThat(image.length).isGreaterThan(2000);
                assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
                Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(Path.of("target", "screenshots", "genogram-export.png"), image);
                Files.writeString(Path.of("target", "screenshots", "genogram-export.svg"), markup);
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(fac, "genogram-failed-facilitator");
                BrowserSupport.screenshot(bram, "genogram-failed-participant");
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFamilyOf25With10ProfessionalsIsReadableOnSmallAndLargeScreens() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            BrowserSupport.Login facilitator = BrowserSupport.sharedFacilitator();
            Actor.Facilitator anna = facilitator.actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Beuk", "Jesse zit thuis.");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(), "Genogramavond",
                    DutchTime.today());
            Map<String, Person> family = GenogramSample.build(app.getBean(GenogramService.class), anna, theCase.getId());
            assertThat(family).hasSize(35);
            forceField(app.getBean(GenogramService.class), anna, theCase.getId());

            for (int[] size : new int[][] {{1024, 768}, {1920, 1080}}) {
                Page page = join(browser, base + "/doe-mee/" + meeting.getInviteToken(), "Kijker " + size[0], size[0],
                        size[1]);
                BrowserSupport.openInstrument(page, "Geno-sociogram");
                assertThat(page.locator(".rw-gs-node")).hasCount(35, COUNT);
                assertThat(page.locator(".rw-gs-household")).hasCount(2, COUNT);
                // the workspace header stays on top: scroll the drawing to just below it
                page.locator("rw-genogram").evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 110)");
                page.waitForTimeout(400);
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                        "genogram-35-" + size[0] + "x" + size[1] + ".png")));
                page.locator("rw-genogram").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target",
                        "screenshots", "genogram-35-diagram-" + size[0] + "x" + size[1] + ".png")));
                // the professionals layer can be hidden
                page.getByText("Professionals tonen").click();
                assertThat(page.locator(".rw-gs-node.rw-gs-pro").first()).isHidden();
                page.locator("rw-genogram").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target",
                        "screenshots", "genogram-25-family-only-" + size[0] + "x" + size[1] + ".png")));
                // and the krachtenveld of the same case
                page.getByText("Krachtenveld", new Page.GetByTextOptions().setExact(true)).click();
                assertThat(page.locator(".rw-gs-node")).hasCount(9, COUNT);
                page.waitForTimeout(300);
                page.locator("rw-genogram").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target",
                        "screenshots", "genogram-krachtenveld-" + size[0] + "x" + size[1] + ".png")));
                page.context().close();
            }
        }
    }

    private static void forceField(GenogramService service, Actor actor, String caseId) {
        Map<String, Person> at = new HashMap<>();
        String[][] who = {{"school", "ORGANISATION"}, {"gemeente", "ORGANISATION"}, {"wijkteam", "ORGANISATION"},
                {"jeugdzorgaanbieder", "ORGANISATION"}, {"samenwerkingsverband", "ORGANISATION"},
                {"leerplichtambtenaar", "PROFESSIONAL"}, {"GGZ-behandelaar", "PROFESSIONAL"}, {"moeder", "FEMALE"},
                {"Jesse", "MALE"}};
        for (String[] w : who) {
            at.put(w[0], service.addPerson(actor, caseId, DiagramKind.FORCE_FIELD,
                    PersonDetails.of(Shape.valueOf(w[1]),
                            w[0])));
        }
        Object[][] forces = {{"school", "gemeente", "OPPOSING", 3}, {"wijkteam", "moeder", "SUPPORTING", 2},
                {"samenwerkingsverband", "school", "STUCK", 2}, {"jeugdzorgaanbieder", "wijkteam", "OPPOSING", 1},
                {"leerplichtambtenaar", "moeder", "OPPOSING", 2}, {"GGZ-behandelaar", "Jesse", "SUPPORTING", 1},
                {"gemeente", "jeugdzorgaanbieder", "SUPPORTING", 3}, {"moeder", "school", "STUCK", 3}};
        for (Object[] f : forces) {
            service.addRelation(actor, caseId, DiagramKind.FORCE_FIELD,
                    at.get((String) f[0]).getId(), at.get((String) f[1]).getId(),
                    RelationType.valueOf((String) f[2]), (Integer) f[3], "");
        }
        service.tidyUp(actor, caseId, DiagramKind.FORCE_FIELD);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void addPerson(Page page, String name, String shape, String year) {
        Locator form = page.locator(".rw-genogram-person-form");
        form.getByLabel("Naam of rol").fill(name);
        choose(page, "Vorm", shape);
        form.getByLabel("Geboortejaar").fill(year);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Persoon toevoegen")).click();
        assertThat(page.locator(".rw-gs-node[data-name='" + name + "']")).hasCount(1, COUNT);
    }

    /** A vaadin-select: open it by its label and click the item. */
    private static void choose(Page page, String label, String item) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.locator("label", new Page.LocatorOptions()
                .setHasText(label)))).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0, COUNT);
    }

    /** A vaadin-combo-box: type and pick the item. */
    private static void pick(Page page, String label, String item) {
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.fill(item);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
        assertThat(input).hasValue(item);
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0, COUNT);
    }

    private static Page join(Browser browser, String invite, String name, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.navigate(invite);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Rol of organisatie").fill("wijkteam");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Genogramavond"))).isVisible();
        return page;
    }

    private static void logIn(Page page, String base, String username) {
        BrowserSupport.logIn(page, base, username, "een-lang-wachtwoord");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Casussen"))).isVisible();
    }
}
