package nl.reflectiewerkplaats.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.support.BrowserSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Someone who adds an answer and at once types the next one keeps what they typed: after
 * an add the field is emptied of the added text only, never of what was typed since. To
 * make the race go the same way on every run, the server's answer to the add is held on
 * its way to the browser (the page's requests are routed through the test) until the
 * next text has been typed.
 */
class TypeOnAfterAddBrowserTests {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    private static final LocatorAssertions.HasValueOptions VALUE =
            new LocatorAssertions.HasValueOptions().setTimeout(15_000);
    private static final Page.WaitForConditionOptions HELD =
            new Page.WaitForConditionOptions().setTimeout(15_000);

    @Test
    void textTypedRightAfterAddingStaysInTheField() {
        BrowserSupport.chromium();
        ConfigurableApplicationContext app = BrowserSupport.sharedApp();
        try (Playwright playwright = BrowserSupport.playwright(); Browser browser = BrowserSupport.launch(playwright)) {
            String base = BrowserSupport.baseUrl(app);
            Actor.Facilitator anna = BrowserSupport.sharedFacilitator().actor();
            Case theCase = app.getBean(CaseService.class).createCase(anna, "Gezin Veen", "Sem wil niet naar school.");
            Meeting meeting = app.getBean(MeetingService.class).createMeeting(anna, theCase.getId(),
                    "Doortypen na toevoegen", DutchTime.today());
            Page bram = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            Gate gate = new Gate(bram);
            BrowserSupport.joinMeeting(bram, base + "/doe-mee/" + meeting.getInviteToken(), "Bram", "mentor",
                    meeting.getTitle());
            try {
                // the dream board: an answer added with Ctrl+Enter, and the next typed at once
                Locator column = bram.locator(".rw-question").first();
                Locator area = column.locator("textarea");
                Locator cards = column.locator(".rw-answer-card");
                Locator add = column.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toevoegen"));
                String draftKey = "rw-draft:dream:" + meeting.getId() + ":CHILD:0";

                area.fill("Een eigen kamer.");
                add.click();
                assertThat(cards.first()).containsText("Een eigen kamer.", WAIT);
                // a normal add empties the field, and the draft the tab kept of it
                assertThat(area).hasValue("", VALUE);
                assertThat(draft(bram, draftKey)).isNull();

                area.fill("Dierenarts worden.");
                gate.holdAnswerWith("Dierenarts worden.");
                area.press("Control+Enter");
                gate.awaitHeld();
                area.pressSequentially("tweede antwoord");
                gate.release();
                assertThat(cards.nth(1)).containsText("Dierenarts worden.", WAIT);
                // the answer that added the card is in: the added text went, what was typed since stayed
                assertThat(area).hasValue("tweede antwoord", VALUE);
                assertThat(draft(bram, draftKey)).isEqualTo("tweede antwoord");

                // a double click adds the answer once, though its second click comes before the field is emptied
                gate.holdAnswerWith("tweede antwoord");
                add.click();
                gate.awaitHeld();
                add.click();
                gate.release();
                assertThat(cards.nth(2)).containsText("tweede antwoord", WAIT);
                assertThat(area).hasValue("", VALUE);
                assertThat(draft(bram, draftKey)).isNull();
                // ...as the next answer, on the same channel, shows
                area.fill("Een hond.");
                add.click();
                assertThat(cards.nth(3)).containsText("Een hond.", WAIT);
                assertThat(cards).hasCount(4);

                // Bram is rewriting a card when the facilitator removes it: the words he had typed, not
                // yet sent (the editor sends on leaving the field), come back in the add field
                Locator first = cards.first();
                String cardId = first.getAttribute("data-card-id");
                first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bewerken")).click();
                Locator editor = first.locator("textarea");
                assertThat(editor).hasValue("Een eigen kamer.", VALUE);
                editor.fill("Een eigen kamer met een bureau.");
                app.getBean(DreamBoardService.class).removeCard(anna, cardId);
                assertThat(cards).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
                assertThat(area).hasValue("Een eigen kamer met een bureau.", VALUE);
                assertThat(bram.locator("vaadin-notification-card").last()).containsText("intussen verwijderd", WAIT);

                // the three circles (the MDO's overview): a point added with Enter, the next typed at once
                BrowserSupport.openInstrument(bram, "Drie cirkels");
                Locator home = bram.locator(".rw-circle[aria-label='Thuis']");
                Locator input = bram.getByLabel("Gaat goed: nieuw punt bij Thuis");

                input.fill("Oma helpt");
                input.press("Enter");
                assertThat(home).containsText("Oma helpt", WAIT);
                assertThat(input).hasValue("", VALUE);

                input.fill("Vaste bedtijd");
                gate.holdAnswerWith("Vaste bedtijd");
                input.press("Enter");
                gate.awaitHeld();
                input.pressSequentially("Broer speelt mee");
                gate.release();
                assertThat(home).containsText("Vaste bedtijd", WAIT);
                assertThat(input).hasValue("Broer speelt mee", VALUE);

                // it reached the server: Enter adds it, and the field is empty again
                input.press("Enter");
                assertThat(home).containsText("Broer speelt mee", WAIT);
                assertThat(input).hasValue("", VALUE);
                assertThat(home.locator(".rw-circle-point")).hasCount(3);
            } catch (AssertionError | RuntimeException e) {
                BrowserSupport.screenshot(bram, "type-on-after-add-failed");
                throw e;
            }
        }
    }

    /** The text the browser tab keeps of a field (Drafts), or null. */
    private static Object draft(Page page, String key) {
        return page.evaluate("k => sessionStorage.getItem(k)", key);
    }

    /**
     * The page's round trips to the server, routed through the test: the server's answer
     * that holds a given text (the answer to an add) waits here until released. (With
     * {@code @Push} the page sends over HTTP and hears back in the answer; the WebSocket
     * carries only what the server sends of its own accord.)
     */
    private static final class Gate {
        private final Page page;
        private @Nullable String awaited;
        private @Nullable Runnable held;

        Gate(Page page) {
            this.page = page;
            page.route(url -> url.contains("v-r=uidl"), route -> {
                if (awaited == null) {
                    route.resume();
                    return;
                }
                APIResponse answer = route.fetch();
                if (answer.text().contains(awaited)) {
                    awaited = null;
                    held = () -> route.fulfill(new Route.FulfillOptions().setResponse(answer));
                } else {
                    route.fulfill(new Route.FulfillOptions().setResponse(answer));
                }
            });
        }

        /** From now on, the first answer that holds {@code text} is held. */
        void holdAnswerWith(String text) {
            awaited = text;
        }

        /** Waits until that answer is held: the server has taken in what was sent, the page has not heard. */
        void awaitHeld() {
            page.waitForCondition(() -> held != null, HELD);
        }

        void release() {
            Runnable answer = held;
            held = null;
            answer.run();
        }
    }
}
