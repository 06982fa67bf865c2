package nl.reflectiewerkplaats.circles.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.circles.Circle;
import nl.reflectiewerkplaats.circles.CircleChanged;
import nl.reflectiewerkplaats.circles.CircleSheet;
import nl.reflectiewerkplaats.circles.CircleState;
import nl.reflectiewerkplaats.circles.CirclesGuide;
import nl.reflectiewerkplaats.circles.CirclesService;
import nl.reflectiewerkplaats.circles.Mark;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;

/**
 * The three circles (kind, school, thuis) side by side, each with its four kinds of
 * points, and the three arrows between them below. Everyone adds and writes; a change by
 * someone else arrives live and redraws only the circle it belongs to, leaving what one
 * is typing alone.
 */
class CirclesBoard extends Div {

    private static final Map<Mark, String> COLOURS = Map.of(
            Mark.PLUS, "var(--lumo-success-text-color)",
            Mark.MINUS, "var(--lumo-warning-text-color, #a15c00)",
            Mark.QUESTION, "var(--lumo-primary-text-color)",
            Mark.GOAL, "var(--lumo-error-text-color)");

    private final CirclesService service;
    private final CirclesGuide guide;
    private final SessionContext context;
    private final boolean watcher;
    private final SerializableBiConsumer<String, String> makeAgreement;
    private final Map<Circle, CircleCard> cards = new EnumMap<>(Circle.class);
    private final Map<Circle, ArrowCard> arrows = new EnumMap<>(Circle.class);

    /**
     * @param makeAgreement turns a goal (its text, and where it stood in words) into an afspraak
     */
    CirclesBoard(CirclesService service, CirclesGuide guide, CaseBroadcaster broadcaster, SessionContext context,
                 SerializableBiConsumer<String, String> makeAgreement) {
        this.service = service;
        this.guide = guide;
        this.context = context;
        this.watcher = context.actor() instanceof Actor.Participant p && p.watcher();
        this.makeAgreement = makeAgreement;
        addClassName("rw-circles");
        Paragraph intro = new Paragraph(guide.intro());
        intro.addClassName("rw-intro");
        Div row = new Div();
        row.addClassName("rw-circles-row");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        Div arrowRow = new Div();
        arrowRow.addClassName("rw-circles-arrows");
        arrowRow.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (Circle circle : Circle.values()) {
            CircleCard card = new CircleCard(circle);
            cards.put(circle, card);
            row.add(card);
            ArrowCard arrow = new ArrowCard(circle);
            arrows.put(circle, arrow);
            arrowRow.add(arrow);
        }
        Paragraph source = new Paragraph(getTranslation("cards.source", guide.source().publication(),
                guide.source().section()));
        source.addClassName("rw-source");
        add(new H3(guide.title()), intro, row, new H4(getTranslation("circles.arrows")), arrowRow, source);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), CircleChanged.class,
                e -> show(e.circle()));
        // a hidden tab is detached and misses live changes meanwhile: read afresh on every attach
        addAttachListener(e -> service.circles(context.actor(), context.caseId()).forEach(this::show));
    }

    /** Shows a circle as stored, unless a newer state of it is shown already. */
    private void show(CircleState state) {
        cards.get(state.circle()).show(state);
        arrows.get(state.circle()).show(state);
    }

    private String circleName(Circle circle) {
        return guide.circle(circle).name();
    }

    /** One circle: its name, what goes in it, and its four lists with an add field each. */
    private final class CircleCard extends Div {

        private final Circle circle;
        private final Map<Mark, UnorderedList> lists = new EnumMap<>(Mark.class);
        private final Map<Mark, Span> counts = new EnumMap<>(Mark.class);
        private long shownVersion = -1;

        CircleCard(Circle circle) {
            this.circle = circle;
            addClassName("rw-circle");
            getElement().setAttribute("aria-label", circleName(circle));
            getElement().setAttribute("role", "region");
            getStyle().set("flex", "1 1 19rem").set("min-width", "17rem")
                    .set("border", "2px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "2rem").set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                    .set("background", "var(--lumo-base-color)");
            H4 name = new H4(circleName(circle));
            name.getStyle().set("margin-top", "0");
            Paragraph help = new Paragraph(guide.circle(circle).help());
            help.addClassName("rw-muted");
            help.getStyle().set("font-size", "var(--lumo-font-size-s)");
            add(name, help);
            for (Mark mark : Mark.values()) {
                add(group(mark));
            }
        }

        private Div group(Mark mark) {
            Span symbol = new Span(mark.symbol());
            symbol.getStyle().set("color", COLOURS.get(mark)).set("font-weight", "700").set("width", "1.2em")
                    .set("display", "inline-block");
            Span label = new Span(getTranslation("circles.mark." + mark));
            label.getStyle().set("font-weight", "600");
            Span count = new Span();
            count.addClassName("rw-muted");
            count.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-left", "var(--lumo-space-s)");
            counts.put(mark, count);
            Div head = new Div(symbol, label, count);
            UnorderedList list = new UnorderedList();
            list.getStyle().set("list-style", "none").set("padding-left", "1.2em").set("margin", "var(--lumo-space-xs) 0");
            lists.put(mark, list);
            Div group = new Div(head, list);
            group.addClassName("rw-circle-group");
            group.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            if (!watcher) {
                TextField field = new TextField();
                field.setMaxLength(CircleSheet.TEXT_MAX_LENGTH);
                field.setPlaceholder(getTranslation("circles.addPlaceholder." + mark));
                field.setAriaLabel(getTranslation("circles.addLabel", getTranslation("circles.mark." + mark),
                        circleName(circle)));
                field.setWidthFull();
                Button add = new Button(VaadinIcon.PLUS.create(), e -> add(mark, field));
                add.setAriaLabel(getTranslation("circles.add", getTranslation("circles.mark." + mark),
                        circleName(circle)));
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                field.setSuffixComponent(add);
                field.addKeyDownListener(Key.ENTER, e -> add(mark, field));
                group.add(field);
            }
            return group;
        }

        private void add(Mark mark, TextField field) {
            String text = field.getValue();
            Messages.attempt(this, () -> service.addPoint(context.actor(), context.caseId(), context.meetingId(),
                    circle, mark, text),
                    saved -> {
                        Inputs.clearAfterAdd(field, text);
                        show(saved);
                    });
        }

        void show(CircleState state) {
            if (state.version() < shownVersion) {
                return;
            }
            shownVersion = state.version();
            for (Mark mark : Mark.values()) {
                UnorderedList list = lists.get(mark);
                list.removeAll();
                var points = state.points(mark);
                points.forEach(p -> list.add(point(p)));
                counts.get(mark).setText(getTranslation("circles.count", points.size(), mark.limit()));
            }
        }

        private ListItem point(CircleState.Point point) {
            Span text = new Span(point.text());
            text.getStyle().set("flex", "1 1 auto").set("overflow-wrap", "anywhere");
            ListItem item = new ListItem(text);
            item.addClassName("rw-circle-point");
            item.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                    .set("border-left", "3px solid " + COLOURS.get(point.mark()))
                    .set("padding-left", "var(--lumo-space-s)").set("margin", "2px 0");
            if (watcher) {
                return item;
            }
            if (point.mark() == Mark.GOAL) {
                Button agree = new Button(getTranslation("circles.toAgreement"), VaadinIcon.HANDSHAKE.create(),
                        e -> Messages.attemptThen(this, () -> makeAgreement.accept(point.text(),
                                getTranslation("circles.origin", circleName(circle))),
                                () -> Messages.showSuccess(getTranslation("circles.agreementMade", point.text()))));
                agree.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                agree.setAriaLabel(getTranslation("circles.toAgreementLabel", point.text()));
                item.add(agree);
            }
            if (context.moderator() || point.authorId().equals(context.actor().id())) {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(point));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("circles.edit", point.text()));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirm.removal(this,
                        getTranslation("circles.removeTitle"), point.text(), () -> Messages.attempt(this,
                                () -> service.removePoint(context.actor(), context.caseId(), circle, point.id(),
                                        point.revision()),
                                this::show)));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("circles.remove", point.text()));
                item.add(edit, remove);
            }
            return item;
        }

        /** Rewrites a point in a dialog; if someone changed it meanwhile, shows theirs and keeps what you typed. */
        private void edit(CircleState.Point point) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("circles.editTitle"));
            TextArea text = new TextArea(getTranslation("field.circles.point"));
            text.setMaxLength(CircleSheet.TEXT_MAX_LENGTH);
            text.setValue(point.text());
            text.setWidthFull();
            Paragraph now = new Paragraph();
            now.addClassName("rw-quote");
            now.setVisible(false);
            long[] revision = {point.revision()};
            Button save = new Button(getTranslation("circles.save"), e -> Messages.attemptEdit(this,
                    () -> service.editPoint(context.actor(), context.caseId(), circle, point.id(), revision[0],
                            text.getValue()),
                    saved -> {
                        show(saved);
                        dialog.close();
                    },
                    (CircleState stored) -> {
                        show(stored);
                        stored.points().stream().filter(p -> p.id().equals(point.id())).findFirst().ifPresent(p -> {
                            revision[0] = p.revision();
                            now.setText(getTranslation("circles.staleNow", p.text()));
                            now.setVisible(true);
                        });
                    }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(now, text);
            dialog.getFooter().add(new Button(getTranslation("circles.cancel"), e -> dialog.close()), save);
            dialog.setWidth("min(560px, 95vw)");
            dialog.open();
        }
    }

    /** The arrow from one circle to the next: how they influence each other, in a short text. */
    private final class ArrowCard extends Div {

        private final Circle from;
        private final TextArea text = new TextArea();
        private final Paragraph now = new Paragraph();
        private String shown = "";
        /** What the field held when the person went into it; null while they are not in it. */
        private @Nullable String atFocus;
        private long revision;
        private long shownVersion = -1;

        ArrowCard(Circle from) {
            this.from = from;
            addClassName("rw-circle-arrow");
            getStyle().set("flex", "1 1 19rem").set("min-width", "17rem");
            CirclesGuide.ArrowText arrow = guide.arrow(from);
            Span name = new Span(circleName(from) + " ⇄ " + circleName(from.next()));
            name.getStyle().set("font-weight", "600");
            text.setLabel(arrow.name());
            text.setHelperText(arrow.question());
            text.setMaxLength(CircleSheet.ARROW_MAX_LENGTH);
            text.setWidthFull();
            text.setReadOnly(watcher);
            now.addClassName("rw-quote");
            now.setVisible(false);
            // in the field, what they type is not on the server until they leave it: never written over then
            text.addFocusListener(e -> atFocus = text.getValue());
            text.addBlurListener(e -> {
                if (atFocus != null && text.getValue().equals(atFocus) && !shown.equals(atFocus)) {
                    // they typed nothing: the text stored meanwhile goes in
                    text.setValue(shown);
                    now.setVisible(false);
                }
                atFocus = null;
            });
            add(name, text, now);
            if (!watcher) {
                Button save = new Button(getTranslation("circles.saveArrow"), e -> save());
                save.setAriaLabel(getTranslation("circles.saveArrowLabel", arrow.name()));
                add(save);
            }
        }

        private void save() {
            Messages.attemptEdit(this,
                    () -> service.writeArrow(context.actor(), context.caseId(), context.meetingId(), from, revision,
                            text.getValue()),
                    saved -> {
                        now.setVisible(false);
                        CirclesBoard.this.show(saved);
                    },
                    (CircleState stored) -> {
                        revision = stored.arrowRevision();
                        now.setText(getTranslation("circles.arrowStaleNow", stored.arrow()));
                        now.setVisible(true);
                    });
        }

        /** Takes the stored arrow; what someone is typing here stays, with the new text shown beside it. */
        void show(CircleState state) {
            if (state.version() < shownVersion || state.arrowRevision() == revision && shownVersion >= 0) {
                shownVersion = Math.max(shownVersion, state.version());
                return;
            }
            shownVersion = state.version();
            // typing: the field holds something else than both what was shown and what is stored now
            // (one's own save arrives live too, possibly before its answer: that is no conflict)
            // (in the field, the server has not seen what they type yet: that counts as typing too)
            boolean typing = !text.getValue().equals(state.arrow()) && (atFocus != null || !text.getValue().equals(shown));
            shown = state.arrow();
            if (typing) {
                now.setText(getTranslation("circles.arrowChangedNow", state.arrow()));
                now.setVisible(true);
                // the next save overwrites knowingly: the person saw the new text
            } else {
                text.setValue(state.arrow());
                now.setVisible(false);
            }
            revision = state.arrowRevision();
        }
    }
}
