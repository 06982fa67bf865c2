package nl.reflectiewerkplaats.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.facilitation.ClosingChanged;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.facilitation.Verb;
import nl.reflectiewerkplaats.facilitation.VerbChoice;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.casework.ui.Headcount;

/**
 * The closing: which of the nine verbs fit what we did today, which we need next
 * (everyone taps, the counts show live), the agreements, and tops and tips.
 */
public class ClosingPanel extends Div {

    private final ClosingService service;
    private final SessionContext context;
    private final Div today = new Div();
    private final Div next = new Div();
    private final Span todayChosen = new Span();
    private final Span nextChosen = new Span();

    public ClosingPanel(ClosingService service, SharedNoteService notes, CaseBroadcaster broadcaster,
                        SessionContext context) {
        this.service = service;
        this.context = context;
        addClassName("rw-closing");
        Paragraph intro = new Paragraph(getTranslation("closing.intro"));
        intro.addClassName("rw-intro");
        today.addClassName("rw-verbs");
        next.addClassName("rw-verbs");
        todayChosen.addClassName("rw-closing-chosen");
        nextChosen.addClassName("rw-closing-chosen");
        Div verbs = new Div(new Span(new Span(getTranslation("closing.today")), todayChosen), today,
                new Span(new Span(getTranslation("closing.next")), nextChosen), next);
        verbs.addClassName("rw-field-questions");
        Div talk = new Div(
                new SharedNotes(notes, broadcaster, context, "afspraken:" + context.meetingId(),
                        getTranslation("closing.agreements")),
                new SharedNotes(notes, broadcaster, context, "tops-tips:" + context.meetingId(),
                        getTranslation("closing.topsTips")));
        talk.addClassName("rw-field-talk");
        add(new H3(getTranslation("closing.title")), intro, verbs, talk);
        addAttachListener(e -> render());
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), ClosingChanged.class, e -> {
            if (context.meetingId().equals(e.meetingId())) {
                render();
            }
        });
    }

    private void render() {
        ClosingService.ClosingOverview overview = service.overview(context.actor(), context.caseId(),
                context.meetingId());
        fill(today, overview.counts(false), overview.mine(), false);
        fill(next, overview.counts(true), overview.mine(), true);
        // every count says of how many: who chose at least one verb, of those here (counted once)
        int present = Headcount.present(context.actor(), context.meetingId());
        for (boolean forNext : new boolean[] {false, true}) {
            int chosen = overview.choosers(forNext);
            (forNext ? nextChosen : todayChosen).setText(" · " + getTranslation("closing.chosen", chosen,
                    Math.max(chosen, present)));
        }
    }

    private void fill(Div box, Map<Verb, Integer> counts, VerbChoice mine, boolean forNext) {
        box.removeAll();
        for (Verb verb : Verb.values()) {
            boolean chosen = (forNext ? mine.getNext() : mine.getToday()).contains(verb);
            int n = counts.getOrDefault(verb, 0);
            Button b = new Button(getTranslation("verb." + verb) + (n > 0 ? " · " + n : ""), e ->
                    Messages.attempt(this, () -> {
                        service.toggle(context.actor(), context.caseId(), context.meetingId(), verb, forNext);
                        render();
                    }));
            b.addClassName("rw-verb");
            b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            box.add(b);
        }
    }
}
