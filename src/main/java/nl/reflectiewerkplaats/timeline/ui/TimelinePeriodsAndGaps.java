package nl.reflectiewerkplaats.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.live.ui.LiveItems;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineEvents;
import nl.reflectiewerkplaats.timeline.TimelineGap;
import nl.reflectiewerkplaats.timeline.TimelineGapView;
import nl.reflectiewerkplaats.timeline.TimelinePeriod;
import nl.reflectiewerkplaats.timeline.TimelineService;

/**
 * The periods and the open "ontbreekt er iets?" questions of a timeline: the two lists
 * beside the picture, the dialogs to mark, open, fill and remove them, and their part of
 * the picture.
 */
final class TimelinePeriodsAndGaps extends Div {

    private final TimelineService service;
    private final Actor actor;
    private final String caseId;
    private final String meetingId;
    private final TimelineCanvas canvas;
    private final SerializableSupplier<Boolean> canEdit;
    private final SerializableConsumer<TimelineEvent> showOwn;
    private final LiveItems<TimelinePeriod> periods = new LiveItems<>(TimelinePeriod::id, p -> 0L);
    private final LiveItems<TimelineGapView> gaps = new LiveItems<>(TimelineGapView::id, TimelineGapView::version);
    private final Div periodList = new Div();
    private final Div gapList = new Div();

    /**
     * @param canEdit whether the person may change the timeline now
     * @param showOwn shows an event one added by filling a gap
     */
    TimelinePeriodsAndGaps(TimelineService service, Actor actor, String caseId, String meetingId, TimelineCanvas canvas,
                           SerializableSupplier<Boolean> canEdit, SerializableConsumer<TimelineEvent> showOwn) {
        this.service = service;
        this.actor = actor;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.canvas = canvas;
        this.canEdit = canEdit;
        this.showOwn = showOwn;
        periodList.addClassName("rw-timeline-periods");
        gapList.addClassName("rw-timeline-gaps");
        add(box(getTranslation("timeline.periodsTitle"), periodList), box(getTranslation("timeline.gapsTitle"), gapList));
        addClassName("rw-timeline-lists");
    }

    private Div box(String heading, Div content) {
        Span h = new Span(heading);
        h.addClassName("rw-field-notes-title");
        return new Div(h, content);
    }

    /** Everything from the store, once; the picture is drawn by the panel. */
    void reload() {
        periods.reset(service.periods(actor, caseId));
        gaps.reset(service.gaps(actor, caseId).stream().map(TimelineGap::view).toList());
        refreshPeriods();
        refreshGaps();
    }

    List<TimelinePeriod> periods() {
        return periods.list();
    }

    List<TimelineGapView> gaps() {
        return gaps.list();
    }

    // ---- changes

    /** @param arrived from someone else (marked in the picture), not one's own */
    void apply(TimelineEvents.PeriodChanged change, boolean arrived) {
        periods.apply(change.kind(), change.period(), p -> canvas.upsertPeriod(p, arrived),
                p -> canvas.removePeriod(p.id()));
        refreshPeriods();
    }

    void apply(TimelineEvents.GapChanged change, boolean arrived) {
        gaps.apply(change.kind(), change.gap(), g -> canvas.upsertGap(g, arrived), g -> canvas.removeGap(g.id()));
        refreshGaps();
    }

    private void refreshPeriods() {
        periodList.removeAll();
        if (periods.isEmpty()) {
            periodList.add(muted(getTranslation("timeline.periodsEmpty")));
        }
        periods.list().stream().sorted(Comparator.comparing(TimelinePeriod::start)).forEach(p ->
                periodList.add(listItem(p.name() + " · " + TimelineTexts.span(p), () -> openPeriod(p.id()))));
    }

    private void refreshGaps() {
        gapList.removeAll();
        List<TimelineGapView> open = gaps.list().stream().filter(TimelineGapView::open)
                .sorted(Comparator.comparing(TimelineGapView::at)).toList();
        if (open.isEmpty()) {
            gapList.add(muted(getTranslation("timeline.gapsEmpty")));
        }
        open.forEach(g -> gapList.add(listItem("? " + TimelineTexts.day(g.at())
                + (g.question().isBlank() ? "" : " · " + g.question()), () -> openGap(g.id()))));
    }

    private static Span muted(String text) {
        Span none = new Span(text);
        none.addClassName("rw-muted");
        return none;
    }

    /** A line in the lists beside the picture that opens its item (click, Enter or space). */
    private static Div listItem(String text, Runnable open) {
        Div item = new Div(new Span(text));
        item.addClassName("rw-timeline-list-item");
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(e -> open.run());
        item.getElement().addEventListener("keydown", e -> open.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").addEventData("event.preventDefault()");
        return item;
    }

    // ---- dialogs

    void periodDialog(LocalDate from, LocalDate to) {
        DatePicker start = new DatePicker(getTranslation("timeline.field.periodStart"), from);
        start.setI18n(Dates.dutchPicker());
        DatePicker end = new DatePicker(getTranslation("timeline.field.periodEnd"), to);
        end.setI18n(Dates.dutchPicker());
        TextField name = new TextField(getTranslation("timeline.field.periodName"));
        name.setPlaceholder(getTranslation("timeline.field.periodNamePlaceholder"));
        name.setMaxLength(TimelinePeriod.NAME_MAX_LENGTH);
        name.setWidthFull();
        addDialog(getTranslation("timeline.markPeriod"), getTranslation("action.save"),
                () -> service.addPeriod(actor, caseId, meetingId, start.getValue(), end.getValue(), name.getValue()),
                saved -> apply(new TimelineEvents.PeriodChanged(caseId, ChangeKind.ADDED, saved), false),
                new Div(start, new Span(" "), end), name).open();
        name.focus();
    }

    void gapDialog(LocalDate at) {
        DatePicker when = new DatePicker(getTranslation("timeline.field.gapAt"), at);
        when.setI18n(Dates.dutchPicker());
        TextField question = new TextField(getTranslation("timeline.field.gapQuestion"));
        question.setPlaceholder(getTranslation("timeline.field.gapQuestionPlaceholder"));
        question.setMaxLength(TimelineGap.QUESTION_MAX_LENGTH);
        question.setWidthFull();
        Dialog dialog = addDialog(getTranslation("timeline.flagGap"), getTranslation("timeline.flagGapSave"),
                () -> service.flagGap(actor, caseId, meetingId, when.getValue(), question.getValue()),
                saved -> apply(new TimelineEvents.GapChanged(caseId, ChangeKind.ADDED, saved.view()), false),
                when, question);
        dialog.setWidth("min(520px, 96vw)");
        dialog.open();
        question.focus();
    }

    /** A small dialog that adds one thing: its fields, "Annuleren", and a save that closes it once saved. */
    private <T> Dialog addDialog(String title, String saveText, Supplier<T> add, Consumer<T> added, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(fields);
        Button save = new Button(saveText, e -> Messages.attempt(this, add, saved -> {
            dialog.close();
            added.accept(saved);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    void openGap(String gapId) {
        TimelineGapView gap = gaps.get(gapId);
        if (gap == null) {
            return;
        }
        Dialog dialog = itemDialog(getTranslation("timeline.gapTitle", TimelineTexts.day(gap.at())),
                gap.question().isBlank() ? getTranslation("timeline.gapNoQuestion") : gap.question(),
                getTranslation("timeline.gapAskedBy", gap.askedByName()));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        if (canEdit.get()) {
            Button fill = new Button(getTranslation("timeline.gapFill"), VaadinIcon.PLUS.create(), e -> {
                dialog.close();
                EventDialog add = new EventDialog(getTranslation("timeline.gapFill"), null,
                        (draft, version) -> service.fillGap(actor, gapId, meetingId, draft), showOwn::accept);
                add.date.setValue(gap.at());
                add.open();
            });
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button remove = removeButton(dialog, () -> service.removeGap(actor, gapId),
                    () -> apply(new TimelineEvents.GapChanged(caseId, ChangeKind.REMOVED, gap), false));
            dialog.getFooter().add(remove, close, fill);
        } else {
            dialog.getFooter().add(close);
        }
        dialog.open();
    }

    void openPeriod(String periodId) {
        TimelinePeriod period = periods.get(periodId);
        if (period == null) {
            return;
        }
        Dialog dialog = itemDialog(period.name(), TimelineTexts.span(period),
                getTranslation("timeline.periodBy", period.addedByName()));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        if (canEdit.get()) {
            dialog.getFooter().add(removeButton(dialog, () -> service.removePeriod(actor, periodId),
                    () -> apply(new TimelineEvents.PeriodChanged(caseId, ChangeKind.REMOVED, period), false)));
        }
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** A period or gap as it stands: its title, what it says and who added it. */
    private static Dialog itemDialog(String title, String text, String byWhom) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        Span who = new Span(byWhom);
        who.addClassName("rw-timeline-event-meta");
        dialog.add(who);
        return dialog;
    }

    private Button removeButton(Dialog dialog, Runnable remove, Runnable removed) {
        Button button = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e ->
                Messages.attemptThen(this, remove, () -> {
                    dialog.close();
                    removed.run();
                }));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.getStyle().set("margin-right", "auto");
        return button;
    }
}
