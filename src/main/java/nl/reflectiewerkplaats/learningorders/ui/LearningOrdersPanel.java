package nl.reflectiewerkplaats.learningorders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.LiveText;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.learningorders.Evidence;
import nl.reflectiewerkplaats.learningorders.LearningOrder;
import nl.reflectiewerkplaats.learningorders.LearningOrders;
import nl.reflectiewerkplaats.learningorders.LearningOrdersService;
import nl.reflectiewerkplaats.learningorders.Lesson;
import nl.reflectiewerkplaats.learningorders.LessonChanged;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;

/**
 * The three orders of learning side by side: the group puts what it learned today under kennis,
 * vaardigheid or de kunst van het leren, and says of each what would show it (output, outcome,
 * impact). Live for everyone in the meeting.
 */
public class LearningOrdersPanel extends Div {

    private final LearningOrdersService service;
    private final LearningOrders content;
    private final SessionContext context;
    private final boolean mayWrite;
    private final Map<LearningOrder, Div> columns = new EnumMap<>(LearningOrder.class);
    private final Map<LearningOrder, Span> empty = new EnumMap<>(LearningOrder.class);
    /** Each lesson's card, kept while the lesson exists: a change elsewhere never replaces a field someone types in. */
    private final Map<String, LessonCard> cards = new HashMap<>();

    public LearningOrdersPanel(LearningOrdersService service, CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.content = service.content();
        this.context = context;
        this.mayWrite = !context.actor().watcher();
        addClassName("rw-learningorders");
        getStyle().set("max-width", "72rem");
        Paragraph intro = new Paragraph(content.intro());
        intro.addClassName("rw-intro");
        add(new H3(content.title()), intro);
        if (mayWrite) {
            add(form());
        }
        Div board = new Div();
        board.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (LearningOrders.Order order : content.orders()) {
            H4 name = new H4(order.name());
            name.getStyle().set("margin", "0");
            Paragraph question = new Paragraph(order.question() + " " + order.explanation());
            question.addClassName("rw-muted");
            question.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-xs) 0");
            Div list = new Div();
            list.getElement().setAttribute("role", "list");
            columns.put(order.id(), list);
            Span none = new Span(getTranslation("learningorders.none"));
            none.addClassName("rw-muted");
            empty.put(order.id(), none);
            Div column = new Div(name, question, list);
            column.addClassName("rw-learningorder");
            column.getElement().setAttribute("data-order", order.id().name());
            column.getStyle().set("flex", "1 1 18rem").set("padding", "var(--lumo-space-s)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");
            board.add(column);
        }
        Paragraph levels = new Paragraph(String.join(" · ", content.evidence().stream()
                .map(l -> l.name() + ": " + l.explanation()).toList()));
        levels.addClassName("rw-muted");
        levels.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Paragraph source = new Paragraph(getTranslation("cards.source", content.source().publication(),
                content.source().section()));
        source.addClassName("rw-source");
        add(board, levels, source);
        addAttachListener(e -> render());
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), LessonChanged.class, e -> {
            if (context.meetingId().equals(e.lesson().meetingId())) {
                render();
            }
        });
    }

    private Component form() {
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("learningorders.placeholder"));
        text.setAriaLabel(getTranslation("learningorders.textLabel"));
        text.setMaxLength(Lesson.TEXT_MAX_LENGTH);
        text.getStyle().set("flex", "1 1 20rem");
        text.addClassName("rw-learningorders-text");
        RadioButtonGroup<LearningOrder> order = new RadioButtonGroup<>();
        order.setItems(LearningOrder.values());
        order.setItemLabelGenerator(o -> content.order(o).name());
        order.setAriaLabel(getTranslation("learningorders.orderLabel"));
        order.setValue(LearningOrder.KNOWLEDGE);
        Button add = new Button(getTranslation("learningorders.add"), VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(text);
        add.addClickListener(e -> {
            String lesson = text.getValue();
            Messages.attempt(this, () -> {
                service.add(context.actor(), context.caseId(), context.meetingId(), order.getValue(), lesson);
                Inputs.clearAfterAdd(text, lesson);
                render();
            });
        });
        Div form = new Div(text, order, add);
        form.addClassName("rw-learningorders-form");
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        return form;
    }

    /**
     * Brings the columns in line with the store: new lessons get a card, gone ones lose
     * theirs, and the others are updated where they stand (moved only when sorted into
     * another order).
     */
    private void render() {
        List<Lesson> lessons = service.lessons(context.actor(), context.caseId(), context.meetingId());
        Set<String> ids = new HashSet<>();
        lessons.forEach(l -> ids.add(l.id()));
        cards.entrySet().removeIf(entry -> {
            boolean gone = !ids.contains(entry.getKey());
            if (gone) {
                entry.getValue().removeFromParent();
            }
            return gone;
        });
        Map<LearningOrder, List<LessonCard>> wanted = new EnumMap<>(LearningOrder.class);
        for (Lesson lesson : lessons) {
            LessonCard card = cards.computeIfAbsent(lesson.id(), id -> new LessonCard(lesson));
            card.update(lesson);
            wanted.computeIfAbsent(lesson.order(), o -> new ArrayList<>()).add(card);
        }
        columns.forEach((order, list) -> {
            List<LessonCard> inOrder = wanted.getOrDefault(order, List.of());
            List<Component> shown = list.getChildren().filter(LessonCard.class::isInstance).toList();
            if (shown.size() <= inOrder.size() && inOrder.subList(0, shown.size()).equals(shown)) {
                // the usual case: nothing moved, perhaps new ones at the end
                inOrder.subList(shown.size(), inOrder.size()).forEach(list::add);
            } else {
                shown.forEach(list::remove);
                inOrder.forEach(list::add);
            }
            Span none = empty.get(order);
            if (inOrder.isEmpty() && none.getParent().isEmpty()) {
                list.add(none);
            } else if (!inOrder.isEmpty() && none.getParent().isPresent()) {
                list.remove(none);
            }
        });
    }

    /** One lesson: its text and author, what would show it, and (for those who may) sort and remove. */
    private final class LessonCard extends Div {
        private final Select<Evidence> evidence = new Select<>();
        private final TextField note = new TextField();
        private @Nullable Select<LearningOrder> move;
        /** The note with the text last stored: another's change never replaces what is being typed in it. */
        private final LiveText<TextField> liveNote;

        LessonCard(Lesson lesson) {
            Span text = new Span(lesson.text());
            text.addClassName("rw-lesson-text");
            Span by = new Span(lesson.authorName());
            by.addClassName("rw-muted");
            by.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("margin-left", "var(--lumo-space-s)");
            Div head = new Div(text, by);
            evidence.setItems(Evidence.values());
            evidence.setEmptySelectionAllowed(true);
            evidence.setEmptySelectionCaption(getTranslation("learningorders.evidenceNone"));
            evidence.setItemLabelGenerator(e -> e == null ? getTranslation("learningorders.evidenceNone")
                    : content.level(e).name());
            evidence.setAriaLabel(getTranslation("learningorders.evidenceLabel", lesson.text()));
            evidence.setValue(lesson.evidence());
            evidence.setReadOnly(!mayWrite);
            evidence.setWidth("12rem");
            note.setPlaceholder(getTranslation("learningorders.evidenceNote"));
            note.setAriaLabel(getTranslation("learningorders.evidenceNoteLabel", lesson.text()));
            note.setValue(lesson.evidenceNote());
            liveNote = LiveText.follow(note, lesson.evidenceNote());
            note.setMaxLength(LearningOrdersService.NOTE_MAX_LENGTH);
            note.setReadOnly(!mayWrite);
            note.getStyle().set("flex", "1 1 8rem");
            evidence.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    String typed = note.getValue();
                    if (Messages.attempt(this, () -> service.show(context.actor(), lesson.id(), e.getValue(), typed))) {
                        liveNote.saved(typed);
                    }
                }
            });
            note.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    if (Messages.attempt(this, () -> service.show(context.actor(), lesson.id(), evidence.getValue(), e.getValue()))) {
                        liveNote.saved(e.getValue());
                    }
                }
            });
            Div shows = new Div(evidence, note);
            shows.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline");
            add(head, shows);
            if (mayWrite) {
                Select<LearningOrder> move = new Select<>();
                this.move = move;
                move.setItems(LearningOrder.values());
                move.setItemLabelGenerator(o -> content.order(o).name());
                move.setValue(lesson.order());
                move.setAriaLabel(getTranslation("learningorders.moveLabel", lesson.text()));
                move.setWidth("15rem");
                move.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        Messages.attempt(this, () -> {
                            service.sort(context.actor(), lesson.id(), e.getValue());
                            render();
                        });
                    }
                });
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirm.removal(this,
                        getTranslation("learningorders.removeTitle"), lesson.text(),
                        () -> Messages.attempt(this, () -> {
                            service.remove(context.actor(), lesson.id());
                            render();
                        })));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("learningorders.remove", lesson.text()));
                remove.setVisible(context.moderator() || lesson.authorId().equals(context.actor().id()));
                Div tools = new Div(move, remove);
                tools.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
                add(tools);
            }
            addClassName("rw-lesson");
            getElement().setAttribute("role", "listitem");
            getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        }

        /** Takes a newer state of the lesson; a note someone is typing here stays. */
        void update(Lesson lesson) {
            if (!Objects.equals(evidence.getValue(), lesson.evidence())) {
                evidence.setValue(lesson.evidence());
            }
            liveNote.changedElsewhere(lesson.evidenceNote(),
                    getTranslation("learningorders.evidenceNoteElsewhere", lesson.evidenceNote()));
            if (move != null && move.getValue() != lesson.order()) {
                move.setValue(lesson.order());
            }
        }
    }
}
