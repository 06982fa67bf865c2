package nl.reflectiewerkplaats.solo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Drafts;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.solo.SoloAnswer;
import nl.reflectiewerkplaats.solo.SoloGuide;
import nl.reflectiewerkplaats.solo.SoloReflectionService;
import nl.reflectiewerkplaats.solo.SoloReflectionService.SoloSession;
import nl.reflectiewerkplaats.tensionfield.ui.FieldLine;

/**
 * Where a solo link leads: one spanningsveld at a time, a place between its poles and
 * its questions answered in one's own words, saved as one goes. No account and no
 * meeting: the link is the key, and what is written here is its holder's alone.
 */
@Route(SoloReflectionService.ROUTE)
@AnonymousAllowed
public class SoloReflectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Dates.DUTCH);

    private final SoloReflectionService service;
    private final SoloGuide guide;
    private final Div fieldBox = new Div();
    private final Span saved = new Span();
    private String token = "";
    private SoloSession session;
    private int index;

    SoloReflectionView(SoloReflectionService service, SoloGuide guide) {
        this.service = service;
        this.guide = guide;
        addClassNames("rw-narrow-page", "rw-solo-page");
        getStyle().set("max-width", "46rem").set("margin", "0 auto").set("padding", "var(--lumo-space-l)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        try {
            session = service.open(token);
        } catch (UserFacingException refused) {
            // unknown, revoked, expired, or too many attempts: say which, plainly
            add(new H2(getTranslation("solo.closed.title")), new Paragraph(Messages.text(this, refused)));
            return;
        }
        H2 title = new H2(guide.title());
        LocalDateTime until = LocalDateTime.ofInstant(session.expiresAt(), DutchTime.ZONE);
        Paragraph hello = new Paragraph(getTranslation("solo.page.hello", session.ownerName()));
        Paragraph valid = new Paragraph(getTranslation("solo.page.validUntil",
                Dates.format(until.toLocalDate()) + " " + until.format(TIME)));
        valid.getStyle().set("color", "var(--rw-muted)");
        Paragraph intro = new Paragraph(guide.intro());
        Paragraph reassurance = new Paragraph(guide.reassurance());
        saved.addClassName("rw-solo-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        saved.getStyle().set("color", "var(--lumo-success-text-color)").set("min-height", "1.5em")
                .set("display", "block");
        Paragraph source = new Paragraph(getTranslation("solo.page.source", guide.source().publication(),
                guide.source().section()));
        source.addClassName("rw-source");
        add(title, hello, valid, intro, reassurance, fieldBox, saved, source);
        index = 0;
        showField();
    }

    private void showField() {
        fieldBox.removeAll();
        List<TensionField> fields = session.fields();
        TensionField field = fields.get(index);
        Span kicker = new Span(getTranslation("solo.page.fieldOf", index + 1, fields.size()));
        kicker.addClassName("rw-kicker");
        H3 name = new H3(field.title());
        Details about = new Details(getTranslation("field.about"), new Paragraph(field.explanation()));
        Paragraph ask = new Paragraph(getTranslation("solo.page.place"));
        ask.getStyle().set("font-weight", "600");
        Paragraph hint = new Paragraph(getTranslation("solo.page.placeHint"));
        hint.getStyle().set("color", "var(--rw-muted)");
        FieldLine line = new FieldLine(field, true, position -> save(() -> service.place(token, field.id(), position)));
        line.addClassName("rw-solo-line");
        Double placed = session.places().get(field.id());
        if (placed != null) {
            line.showOwn(placed);
        }
        fieldBox.add(kicker, name, about, ask, hint, line);

        Map<Integer, String> written = session.answers().getOrDefault(field.id(), Map.of());
        for (int q = 0; q < field.questions().size(); q++) {
            int question = q;
            TextArea area = new TextArea(field.questions().get(q));
            area.setWidthFull();
            area.setMaxLength(SoloAnswer.TEXT_MAX_LENGTH);
            area.setMinHeight("6em");
            area.setPlaceholder(getTranslation("solo.page.answerLabel"));
            area.addClassName("rw-solo-answer");
            area.setValue(written.getOrDefault(q, ""));
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(800);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(() -> service.answer(token, field.id(), question, e.getValue()));
                }
            });
            Drafts.keep(area, "solo:" + session.invitationId() + ":" + field.id() + ":" + q);
            fieldBox.add(area);
        }

        Button previous = new Button(getTranslation("solo.page.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> move(-1));
        previous.setEnabled(index > 0);
        Button next = new Button(getTranslation("solo.page.next"), VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(index < fields.size() - 1);
        HorizontalLayout steps = new HorizontalLayout(previous, next);
        steps.getStyle().set("margin-top", "var(--lumo-space-m)");
        if (fields.size() > 1) {
            fieldBox.add(steps);
        }
    }

    private void move(int by) {
        // re-read: what was saved on the other field shows as it is stored
        if (Messages.attempt(this, () -> session = service.open(token))) {
            index = Math.max(0, Math.min(session.fields().size() - 1, index + by));
            showField();
        }
    }

    private void save(Runnable action) {
        if (Messages.attempt(this, action)) {
            saved.setText(getTranslation("solo.page.saved") + " · "
                    + LocalDateTime.now(DutchTime.ZONE).format(TIME));
        }
    }

    @Override
    public String getPageTitle() {
        return guide.title() + " · " + getTranslation("app.name");
    }
}
