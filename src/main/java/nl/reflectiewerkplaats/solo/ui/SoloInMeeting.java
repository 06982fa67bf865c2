package nl.reflectiewerkplaats.solo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import lombok.RequiredArgsConstructor;
import java.util.Optional;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.solo.SoloEvents;
import nl.reflectiewerkplaats.solo.SoloReflectionService;
import nl.reflectiewerkplaats.solo.SoloReflectionService.OwnAnswer;
import nl.reflectiewerkplaats.solo.SoloReflectionService.OwnReflection;
import nl.reflectiewerkplaats.solo.SoloReflectionService.SharedAnswer;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import nl.reflectiewerkplaats.tensionfield.ui.FieldPanelAddition;

/**
 * The solo reflection in the spanningsveld panel of a meeting: for its owner only, "je
 * eigen plek (thuis gekozen)" with a button to bring it into the round and a share tick
 * per answer; for everyone, the answers shared in this meeting on this field.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class SoloInMeeting implements FieldPanelAddition {

    private final SoloReflectionService service;
    private final CaseBroadcaster broadcaster;

    @Override
    public Optional<Component> create(SessionContext context, Round round, TensionField field) {
        if (TensionFieldService.isPhases(field)) {
            return Optional.empty();
        }
        return Optional.of(new Part(context, round, field));
    }

    /** One viewer's part: their own reflection (if any) and the shared answers. */
    private final class Part extends Div {

        private final SessionContext context;
        private final Round round;
        private final TensionField field;
        private final Div own = new Div();
        private final Div shared = new Div();

        Part(SessionContext context, Round round, TensionField field) {
            this.context = context;
            this.round = round;
            this.field = field;
            addClassName("rw-solo-in-meeting");
            own.addClassName("rw-solo-own");
            shared.addClassName("rw-solo-shared");
            add(own, shared);
            addAttachListener(e -> {
                showOwn();
                showShared();
            });
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(),
                    SoloEvents.SharedAnswersChanged.class, e -> {
                if (context.meetingId().equals(e.meetingId())) {
                    showShared();
                }
            });
        }

        private void showOwn() {
            // emptied, never hidden: an invisible component's children are not updated in the browser
            own.removeAll();
            own.getStyle().remove("border").remove("padding").remove("margin");
            Optional<OwnReflection> found = service.mine(context.actor(), context.caseId(), context.meetingId(),
                    field.id());
            if (found.isEmpty()) {
                return;
            }
            OwnReflection mine = found.get();
            own.getStyle().set("border", "1px dashed var(--lumo-contrast-30pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                    .set("margin", "var(--lumo-space-m) 0");
            H4 title = new H4(getTranslation("solo.meeting.own"));
            Paragraph hint = new Paragraph(getTranslation("solo.meeting.ownHint"));
            hint.getStyle().set("color", "var(--rw-muted)");
            own.add(title, hint);
            if (mine.position() == null) {
                own.add(new Paragraph(getTranslation("solo.meeting.noPlace")));
            } else {
                own.add(miniLine(mine.position()));
                if (round.getId().equals(mine.broughtIntoRoundId())) {
                    own.add(new Paragraph(getTranslation("solo.meeting.broughtIn")));
                } else if (!round.isEnded() && !round.isRevealed()) {
                    Button bring = new Button(getTranslation("solo.meeting.bringIn"));
                    bring.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    bring.addClassName("rw-solo-bring-in");
                    bring.addClickListener(e -> Messages.attemptThen(this,
                            () -> service.bringIn(context.actor(), context.caseId(), context.meetingId(),
                                    round.getId()), this::showOwn));
                    own.add(bring);
                }
            }
            for (OwnAnswer answer : mine.answers()) {
                Div item = new Div();
                item.addClassName("rw-solo-own-answer");
                Span question = new Span(field.questions().get(answer.question()));
                question.getStyle().set("font-weight", "600").set("display", "block");
                Paragraph text = new Paragraph(answer.text());
                text.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
                Checkbox share = new Checkbox(getTranslation("solo.meeting.share"), answer.sharedHere());
                share.addClassName("rw-solo-share");
                share.addValueChangeListener(e -> {
                    if (e.isFromClient() && !Messages.attempt(this,
                            () -> service.share(context.actor(), context.caseId(), context.meetingId(), answer.id(),
                                    e.getValue()))) {
                        share.setValue(e.getOldValue());
                    }
                });
                item.add(question, text, share);
                own.add(item);
            }
        }

        /** Where the owner stood at home, as a dot on a small line between the poles. */
        private Component miniLine(double position) {
            Div track = new Div();
            track.getStyle().set("position", "relative").set("height", "6px").set("flex", "1")
                    .set("background", "var(--lumo-contrast-20pct)").set("border-radius", "3px");
            Div dot = new Div();
            dot.addClassName("rw-solo-own-dot");
            dot.getElement().setAttribute("aria-label", Math.round(position * 100) + "%");
            dot.getStyle().set("position", "absolute").set("top", "-5px").set("width", "16px").set("height", "16px")
                    .set("border-radius", "50%").set("background", "var(--lumo-primary-color)")
                    .set("left", "calc(" + (position * 100) + "% - 8px)");
            track.add(dot);
            Span left = new Span(field.leftPole());
            Span right = new Span(field.rightPole());
            left.getStyle().set("font-size", "var(--lumo-font-size-s)");
            right.getStyle().set("font-size", "var(--lumo-font-size-s)").set("text-align", "right");
            Div row = new Div(left, track, right);
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)")
                    .set("margin", "var(--lumo-space-s) 0");
            return row;
        }

        private void showShared() {
            // emptied, never hidden (see showOwn): a shared answer taken back leaves the page
            shared.removeAll();
            List<SharedAnswer> answers = service.shared(context.actor(), context.caseId(), context.meetingId(),
                    field.id());
            if (answers.isEmpty()) {
                return;
            }
            shared.add(new H4(getTranslation("solo.meeting.sharedTitle")));
            for (SharedAnswer answer : answers) {
                Div item = new Div();
                item.addClassName("rw-solo-shared-answer");
                Span who = new Span(getTranslation("solo.meeting.sharedBy", answer.ownerName(),
                        field.questions().get(answer.question())));
                who.getStyle().set("color", "var(--rw-muted)").set("font-size", "var(--lumo-font-size-s)");
                Paragraph text = new Paragraph(answer.text());
                text.getStyle().set("white-space", "pre-wrap").set("margin", "0 0 var(--lumo-space-s)");
                item.add(who, text);
                shared.add(item);
            }
        }
    }
}
