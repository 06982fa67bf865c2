package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.reflectiewerkplaats.support.BrowserSupport;
import nl.reflectiewerkplaats.support.ThreeBrowserSession;
import org.junit.jupiter.api.Test;
import java.util.regex.Pattern;

/**
 * Perspectiefwissel way 3 in three browsers: roles chosen (never yourself), answers
 * written in silence — no participant's page or push traffic holds another's answer
 * before the reveal — then the same table for all three.
 */
class PerspectiveBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @Test
    void rolesAnsweredInSilenceThenOneTableForAll() {
        ThreeBrowserSession.run("perspective", "Perspectiefwissel",
                p -> steps(p.fac(), p.bram(), p.sanne(), p.bramFrames(), p.sanneFrames()));
    }

    @Test
    void twoGroupsThenTheRugzak() {
        ThreeBrowserSession.run("perspective-ways", "Perspectiefwissel",
                p -> groupsAndBackpack(p.fac(), p.bram(), p.sanne(), p.bramFrames(), p.sanneFrames()));
    }

    private static void groupsAndBackpack(Page fac, Page bram, Page sanne, List<String> bramFrames, List<String> sanneFrames) {
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Perspectiefwissel")).click();
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Twee groepen starten")).click();
        assertThat(fac.locator(".rw-countdown")).containsText(Pattern.compile("Nog 1[45]:"), WAIT);
        fac.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Bram")))
                .getByText("Hulpverlening").click();
        fac.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Sanne")))
                .getByText("Gezin en netwerk").click();
        assertThat(bram.locator(".rw-answer-form")).containsText("Jouw groep: Hulpverlening", WAIT);
        assertThat(sanne.locator(".rw-answer-form")).containsText("Jouw groep: Gezin en netwerk", WAIT);

        bram.getByLabel("Het gewenste perspectief op de lange termijn").fill("HULPGEHEIM: Jesse woont thuis.");
        bram.getByLabel("Eerste stap die nu nodig is").click();
        sanne.getByLabel("Het gewenste perspectief op de lange termijn").fill("GEZINGEHEIM: rust in huis.");
        sanne.getByLabel("Eerste stap die nu nodig is").click();
        BrowserSupport.screenshot(bram, "groups-writing-participant");
        // each says "klaar" after writing: that click reaches the server after the text left the field
        for (Page p : List.of(bram, sanne)) {
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar").setExact(true)).click();
        }
        // the facilitator's page shows both: both texts are stored, and anything sent to her page about them came before
        assertThat(fac.locator(".rw-ready-count")).containsText(Pattern.compile("2 van \\d+ klaar"), WAIT);
        // later still, on the same live channel: her moment of silence reaches both participants' pages
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Moment van stilte")).click();
        for (Page p : List.of(bram, sanne)) {
            assertThat(p.locator(".rw-silence-note")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        }
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stilte beëindigen")).click();
        assertThat(String.join("\n", sanneFrames)).doesNotContain("HULPGEHEIM");
        assertThat(String.join("\n", bramFrames)).doesNotContain("GEZINGEHEIM");
        assertThat(fac.content()).doesNotContain("HULPGEHEIM").doesNotContain("GEZINGEHEIM");

        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pitchen: beide groepen tonen")).click();
        fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Pitchen: beide groepen tonen")).click();
        for (Page p : List.of(fac, bram, sanne)) {
            assertThat(p.locator(".rw-pitches")).containsText("HULPGEHEIM", WAIT);
            assertThat(p.locator(".rw-pitches")).containsText("GEZINGEHEIM", WAIT);
        }
        BrowserSupport.screenshot(sanne, "groups-pitched-participant");
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ronde afronden")).click();
        // the round is over on her page (a new one can be started) before she turns to the next way;
        // on a busy machine a tab chosen before that answer came was shown as the first way again
        assertThat(fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Twee groepen starten"))).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(fac.getByText("Eerdere pitches in deze casus (1)")).isVisible();

        // the rugzak: Sanne carries it as the mother; Bram puts a book in; all see it fill up
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("2 · De rugzak")).click();
        fac.getByLabel("Wie draagt de rugzak?").click();
        fac.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Sanne"))).click();
        fac.getByLabel("Als welk gezinslid?").fill("moeder");
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rugzak geven")).click();
        for (Page p : List.of(bram, sanne)) {
            p.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("2 · De rugzak")).click();
        }
        assertThat(sanne.locator(".rw-backpack-way")).containsText("Jij draagt de rugzak, als moeder", WAIT);
        bram.getByLabel("Jouw advies (één boek)").fill("Ga naar een opvoedcursus.");
        bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In de rugzak stoppen")).click();
        for (Page p : List.of(fac, bram, sanne)) {
            assertThat(p.locator(".rw-backpack-count")).containsText("1 boek in de rugzak", WAIT);
            assertThat(p.locator(".rw-book-list")).containsText("Ga naar een opvoedcursus.", WAIT);
        }
        BrowserSupport.screenshot(sanne, "backpack-carrier");
    }

    private static void steps(Page fac, Page bram, Page sanne, List<String> bramFrames, List<String> sanneFrames) {
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Perspectiefwissel")).click();
        fac.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("3 · Rollen")).click();
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollenronde starten")).click();
        addRole(fac, "moeder", null);
        addRole(fac, "Jesse (kind)", null);
        addRole(fac, "leerkracht", "Sanne");

        // never yourself: Sanne is the teacher
        Locator teacherForSanne = sanne.locator(".rw-role").filter(new Locator.FilterOptions().setHasText("leerkracht"));
        assertThat(teacherForSanne).containsText("Dit ben jij zelf", WAIT);
        assertThat(teacherForSanne.getByRole(AriaRole.BUTTON)).isDisabled();

        chooseRole(bram, "moeder");
        chooseRole(sanne, "Jesse (kind)");
        assertThat(sanne.locator(".rw-role").filter(new Locator.FilterOptions().setHasText("moeder")))
                .containsText("gekozen door Bram", WAIT);

        answer(bram, "BRAMGEHEIM: dat ik mijn zoon kwijtraak.", "Machteloos.");
        answer(sanne, "SANNEGEHEIM: dat niemand naar mij luistert.", "Alleen.");
        assertThat(fac.locator(".rw-round-progress")).containsText(Pattern.compile("2 van \\d+ geantwoord"), WAIT);

        // nothing of the other's answer has reached a page or its push traffic; the facilitator sees who, not what
        assertThat(String.join("\n", sanneFrames)).doesNotContain("BRAMGEHEIM");
        assertThat(sanne.content()).doesNotContain("BRAMGEHEIM");
        assertThat(String.join("\n", bramFrames)).doesNotContain("SANNEGEHEIM");
        assertThat(bram.content()).doesNotContain("SANNEGEHEIM");
        assertThat(fac.content()).doesNotContain("BRAMGEHEIM").doesNotContain("SANNEGEHEIM");
        assertThat(bramFrames).as("push traffic was captured").isNotEmpty();
        BrowserSupport.screenshot(sanne, "perspective-private-participant");
        // Sanne starts to change her answer and has not saved it when the facilitator reveals
        sanne.getByLabel("Hoe voel je je daarbij?").fill("SANNEONBEWAARD: eigenlijk ook boos.");

        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onthullen")).click();
        fac.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Onthullen")).click();

        for (Page p : List.of(fac, bram, sanne)) {
            Locator table = p.locator(".rw-perspective-table");
            assertThat(table).containsText("BRAMGEHEIM", WAIT);
            assertThat(table).containsText("SANNEGEHEIM", WAIT);
            assertThat(table).containsText("moeder");
            assertThat(table).containsText("Jesse (kind)");
            assertThat(p.locator(".rw-seat")).hasCount(2);
            assertThat(p.locator(".rw-seat-away")).hasCount(1);
        }
        BrowserSupport.screenshot(fac, "perspective-revealed-facilitator");

        // what she was still typing is not lost: she alone sees it, with what happened; the table holds what she saved
        Locator unsent = sanne.locator(".rw-unsent");
        assertThat(unsent).containsText("SANNEONBEWAARD: eigenlijk ook boos.", WAIT);
        assertThat(unsent).containsText("onthuld voordat je dit had bewaard");
        assertThat(unsent).containsText("Hoe voel je je daarbij?");
        assertThat(unsent).not().containsText("SANNEGEHEIM");
        assertThat(sanne.locator(".rw-perspective-table")).containsText("Alleen.");
        assertThat(sanne.locator(".rw-perspective-table")).not().containsText("SANNEONBEWAARD");
        // the others' tables, sent after anything of hers, are there (above): her unsent text went to neither
        assertThat(String.join("\n", bramFrames)).doesNotContain("SANNEONBEWAARD");
        assertThat(bram.content()).doesNotContain("SANNEONBEWAARD");
        assertThat(fac.content()).doesNotContain("SANNEONBEWAARD");
        BrowserSupport.screenshot(sanne, "perspective-unsent-participant");
        // she lets it go: gone from the page and from her tab
        unsent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weggooien")).click();
        assertThat(sanne.locator(".rw-unsent")).hasCount(0);
        sanne.waitForFunction("() => !Object.keys(sessionStorage).some(k => k.startsWith('rw-draft:rollen:') && k.endsWith(':feeling'))");
    }

    private static void addRole(Page fac, String name, String linkedTo) {
        fac.getByLabel("Naam van de rol").fill(name);
        if (linkedTo != null) {
            fac.getByLabel("Is deze persoon zelf aanwezig?").click();
            fac.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(
                    Pattern.compile("^" + linkedTo))).click();
        }
        fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rol toevoegen")).click();
        assertThat(fac.locator(".rw-role-list")).containsText(name, WAIT);
    }

    private static void chooseRole(Page page, String role) {
        page.locator(".rw-role").filter(new Locator.FilterOptions().setHasText(role))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deze rol kiezen")).click();
        assertThat(page.locator(".rw-role-mine")).containsText(role, WAIT);
    }

    private static void answer(Page page, String dilemma, String feeling) {
        page.getByLabel("Wat is op dit moment jouw grootste dilemma of angst?").fill(dilemma);
        page.getByLabel("Hoe voel je je daarbij?").fill(feeling);
        if (dilemma.startsWith("BRAM")) {
            page.getByText("van de groep af gekeerd").click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord bewaren")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("bewaard", WAIT);
    }
}
