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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Inputs;
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

    private void render() {
        columns.values().forEach(Div::removeAll);
        List<Lesson> lessons = service.lessons(context.actor(), context.caseId(), context.meetingId());
        lessons.forEach(l -> columns.get(l.order()).add(lesson(l)));
        columns.forEach((order, list) -> {
            if (list.getComponentCount() == 0) {
                Span none = new Span(getTranslation("learningorders.none"));
                none.addClassName("rw-muted");
                list.add(none);
            }
        });
    }

    private Component lesson(Lesson lesson) {
        Span text = new Span(lesson.text());
        text.addClassName("rw-lesson-text");
        Span by = new Span(lesson.authorName());
        by.addClassName("rw-muted");
        by.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("margin-left", "var(--lumo-space-s)");
        Div head = new Div(text, by);
        Select<Evidence> evidence = new Select<>();
        evidence.setItems(Evidence.values());
        evidence.setEmptySelectionAllowed(true);
        evidence.setEmptySelectionCaption(getTranslation("learningorders.evidenceNone"));
        evidence.setItemLabelGenerator(e -> e == null ? getTranslation("learningorders.evidenceNone")
                : content.level(e).name());
        evidence.setAriaLabel(getTranslation("learningorders.evidenceLabel", lesson.text()));
        evidence.setValue(lesson.evidence());
        evidence.setReadOnly(!mayWrite);
        evidence.setWidth("12rem");
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("learningorders.evidenceNote"));
        note.setAriaLabel(getTranslation("learningorders.evidenceNoteLabel", lesson.text()));
        note.setValue(lesson.evidenceNote());
        note.setMaxLength(LearningOrdersService.NOTE_MAX_LENGTH);
        note.setReadOnly(!mayWrite);
        note.getStyle().set("flex", "1 1 8rem");
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Messages.attempt(this, () -> service.show(context.actor(), lesson.id(), e.getValue(), note.getValue()));
            }
        });
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Messages.attempt(this, () -> service.show(context.actor(), lesson.id(), evidence.getValue(), e.getValue()));
            }
        });
        Div shows = new Div(evidence, note);
        shows.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        Div card = new Div(head, shows);
        if (mayWrite) {
            Select<LearningOrder> move = new Select<>();
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
            card.add(tools);
        }
        card.addClassName("rw-lesson");
        card.getElement().setAttribute("role", "listitem");
        card.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return card;
    }
}
