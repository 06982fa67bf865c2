package nl.reflectiewerkplaats.timeline.ui;

import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.timeline.LaneMode;
import nl.reflectiewerkplaats.timeline.Timeline;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineEvents;
import nl.reflectiewerkplaats.timeline.TimelineGap;
import nl.reflectiewerkplaats.timeline.TimelinePeriod;
import nl.reflectiewerkplaats.timeline.TimelineService;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import nl.reflectiewerkplaats.base.ui.Dates;

/**
 * The tijdlijn of a case (werkkaart 3), live for everyone: the picture, adding and
 * changing events, marking periods, "ontbreekt er iets?", the facilitator's lane
 * split, lock and "kijk hier", a list of all events (the accessible alternative),
 * and the two reflection questions beside it. Used in the session view and on the
 * case page, where the facilitator prepares it ({@code meetingId} null).
 */
public class TimelinePanel extends Div {

    private static final String NOTES_SEE = TimelineService.NOTES_SEE;
    private static final String NOTES_FEEL = TimelineService.NOTES_FEEL;

    private final TimelineService service;
    private final Actor actor;
    private final String caseId;
    private final String meetingId;
    private final boolean moderator;
    private final TimelineCanvas canvas;
    private final Map<String, TimelineEvent> events = new LinkedHashMap<>();
    private final Map<String, TimelinePeriod> periods = new LinkedHashMap<>();
    private final Map<String, TimelineGap> gaps = new LinkedHashMap<>();
    private final Grid<TimelineEvent> list = new Grid<>();
    private final Div periodList = new Div();
    private final Div gapList = new Div();
    private final Span status = new Span();
    private final Div toolHint = new Div();
    private final Select<LaneMode> laneMode = new Select<>();
    private final Button lock = new Button();
    private final Button clearHighlight = new Button();
    private final Button addButton = new Button();
    private final Button periodButton = new Button();
    private final Button gapButton = new Button();
    private Timeline settings;
    private EventDialog openDialog;

    public TimelinePanel(TimelineService service, SharedNoteService notes, CaseBroadcaster broadcaster, Actor actor,
                         String caseId, String meetingId, boolean moderator) {
        this.service = service;
        this.actor = actor;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.moderator = moderator;
        addClassName("rw-timeline-panel");
        canvas = new TimelineCanvas(new CanvasListener());

        H3 title = new H3(getTranslation("timeline.title"));
        Paragraph intro = new Paragraph(getTranslation("timeline.intro"));
        intro.addClassName("rw-intro");

        addButton.setText(getTranslation("timeline.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addButton.addClickListener(e -> openAdd(null));
        periodButton.setText(getTranslation("timeline.markPeriod"));
        periodButton.setIcon(VaadinIcon.CALENDAR.create());
        periodButton.addClickListener(e -> startTool("period"));
        gapButton.setText(getTranslation("timeline.flagGap"));
        gapButton.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        gapButton.addClickListener(e -> startTool("gap"));
        Div actions = new Div(addButton, periodButton, gapButton);
        actions.addClassName("rw-timeline-actions");
        Span spacer = new Span();
        spacer.addClassName("rw-spacer");
        actions.add(spacer, status);
        status.addClassName("rw-timeline-status");
        if (moderator) {
            laneMode.setAriaLabel(getTranslation("timeline.laneMode"));
            laneMode.setWidth("21em");
            laneMode.setItems(LaneMode.values());
            laneMode.setItemLabelGenerator(m -> getTranslation("timeline.laneMode." + m.name()));
            laneMode.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    Messages.attempt(this, () -> applySettings(service.setLaneMode(actor, caseId, e.getValue())));
                }
            });
            lock.addClickListener(e -> Messages.attempt(this,
                    () -> applySettings(service.setLocked(actor, caseId, !settings.isLocked()))));
            clearHighlight.setText(getTranslation("timeline.highlightClear"));
            clearHighlight.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            clearHighlight.addClickListener(e -> Messages.attempt(this,
                    () -> applySettings(service.highlight(actor, caseId, null))));
            actions.add(laneMode, lock, clearHighlight);
        }
        toolHint.addClassName("rw-timeline-tool-hint");
        toolHint.setVisible(false);

        list.addClassName("rw-timeline-list");
        list.addColumn(e -> e.getDate().label()).setHeader(getTranslation("timeline.col.date")).setAutoWidth(true)
                .setComparator(Comparator.comparing((TimelineEvent e) -> e.getDate().date()));
        list.addColumn(e -> getTranslation("timeline.kind." + e.getKind().name()))
                .setHeader(getTranslation("timeline.col.kind")).setAutoWidth(true);
        list.addColumn(e -> getTranslation("timeline.lane." + currentMode().name() + (currentMode().above(e) ? ".upper" : ".lower")))
                .setHeader(getTranslation("timeline.col.lane")).setAutoWidth(true);
        list.addColumn(TimelineEvent::getTitle).setHeader(getTranslation("timeline.col.title")).setFlexGrow(1);
        list.addColumn(TimelineEvent::getWho).setHeader(getTranslation("timeline.col.who")).setAutoWidth(true);
        list.addColumn(e -> {
            String s = TimelineTexts.source(this, e);
            return s == null ? "" : s;
        }).setHeader(getTranslation("timeline.col.source")).setAutoWidth(true);
        list.setAllRowsVisible(false);
        list.setHeight("320px");
        list.addItemClickListener(e -> openEdit(e.getItem().getId()));
        Details listDetails = new Details(getTranslation("timeline.listTitle"), list);
        listDetails.setWidthFull();

        periodList.addClassName("rw-timeline-periods");
        gapList.addClassName("rw-timeline-gaps");
        Div lists = new Div(box(getTranslation("timeline.periodsTitle"), periodList),
                box(getTranslation("timeline.gapsTitle"), gapList));
        lists.addClassName("rw-timeline-lists");

        Div reflection = new Div(
                new SharedNotes(notes, broadcaster, actor, caseId, NOTES_SEE, meetingId, moderator,
                        getTranslation("timeline.notes.see")),
                new SharedNotes(notes, broadcaster, actor, caseId, NOTES_FEEL, meetingId, moderator,
                        getTranslation("timeline.notes.feel")));
        reflection.addClassName("rw-timeline-reflection");
        Paragraph source = new Paragraph(getTranslation("timeline.sourceRef"));
        source.addClassName("rw-source");

        add(title, intro, actions, toolHint, canvas, listDetails, lists, reflection, source);

        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.EventChanged.class, this::applyEvent);
        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.SettingsChanged.class,
                e -> applySettings(e.timeline()));
        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.PeriodChanged.class, c -> applyPeriod(c, true));
        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.GapChanged.class, c -> applyGap(c, true));
        // (re)load on every attach: a hidden tab is detached and misses live changes meanwhile
        addAttachListener(e -> reload());
    }

    private Div box(String heading, Div content) {
        Span h = new Span(heading);
        h.addClassName("rw-field-notes-title");
        return new Div(h, content);
    }

    /** Everything from the store, once. */
    void reload() {
        settings = service.timeline(actor, caseId);
        events.clear();
        service.events(actor, caseId).forEach(e -> events.put(e.getId(), e));
        periods.clear();
        service.periods(actor, caseId).forEach(p -> periods.put(p.getId(), p));
        gaps.clear();
        service.gaps(actor, caseId).forEach(g -> gaps.put(g.getId(), g));
        canvas.setData(settings.getLaneMode(), canEdit(), settings.getHighlightedEventId(), List.copyOf(events.values()),
                List.copyOf(periods.values()), List.copyOf(gaps.values()));
        refreshList();
        refreshPeriods();
        refreshGaps();
        showSettings();
    }

    private LaneMode currentMode() {
        return settings == null ? LaneMode.PARTIES : settings.getLaneMode();
    }

    private boolean canEdit() {
        return !actor.watcher() && (moderator || settings == null || !settings.isLocked());
    }

    // ---- live changes

    private void applyEvent(TimelineEvents.EventChanged change) {
        TimelineEvent e = change.event();
        if (change.kind() == ChangeKind.REMOVED) {
            if (events.remove(e.getId()) != null) {
                canvas.remove(e.getId());
                refreshList();
            }
            if (openDialog != null && e.getId().equals(openDialog.editingId())) {
                openDialog.removedElsewhere();
            }
            return;
        }
        TimelineEvent known = events.get(e.getId());
        if (known != null && known.getVersion() > e.getVersion()) {
            return;
        }
        // one's own change was shown already (same date): only someone else's new or moved event is marked
        events.put(e.getId(), e);
        canvas.upsertArrived(e);
        refreshList();
        if (openDialog != null && e.getId().equals(openDialog.editingId()) && change.kind() == ChangeKind.UPDATED
                && (known == null || known.getVersion() < e.getVersion()) && !actor.displayName().equals(e.getChangedByName())) {
            openDialog.changedElsewhere(e);
        }
    }

    private void show(TimelineEvent e) {
        TimelineEvent known = events.get(e.getId());
        if (known != null && known.getVersion() > e.getVersion()) {
            return;
        }
        events.put(e.getId(), e);
        canvas.upsert(e);
        refreshList();
    }

    /** One's own add or change from a dialog: shown, and brought into view. */
    private void showOwn(TimelineEvent e) {
        show(e);
        canvas.reveal(e.getId());
    }

    private void applySettings(Timeline newer) {
        if (settings != null && newer.getVersion() < settings.getVersion()) {
            return;
        }
        boolean modeChanged = settings == null || settings.getLaneMode() != newer.getLaneMode();
        boolean lockChanged = settings == null || settings.isLocked() != newer.isLocked();
        boolean highlightChanged = settings == null
                || !Objects.equals(settings.getHighlightedEventId(), newer.getHighlightedEventId());
        settings = newer;
        if (modeChanged) {
            canvas.setLaneMode(newer.getLaneMode(), List.copyOf(events.values()));
            list.getDataProvider().refreshAll();
        }
        if (lockChanged) {
            canvas.setCanEdit(canEdit());
        }
        if (highlightChanged) {
            canvas.setHighlight(newer.getHighlightedEventId());
        }
        showSettings();
    }

    private void showSettings() {
        boolean locked = settings.isLocked();
        boolean writable = canEdit();
        addButton.setEnabled(writable);
        periodButton.setEnabled(writable);
        gapButton.setEnabled(writable);
        setClassName("rw-timeline-is-locked", locked);
        if (moderator) {
            laneMode.setValue(settings.getLaneMode());
            lock.setText(getTranslation(locked ? "timeline.unlock" : "timeline.lock"));
            lock.setIcon((locked ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create());
            clearHighlight.setVisible(settings.getHighlightedEventId() != null);
            status.setText(locked ? getTranslation("timeline.lockedForOthers") : "");
        } else {
            status.setText(locked ? getTranslation("timeline.lockedNote") : "");
        }
        status.setClassName("rw-timeline-locked", locked);
        TimelineEvent lit = settings.getHighlightedEventId() == null ? null : events.get(settings.getHighlightedEventId());
        if (lit != null && !moderator) {
            status.setText((locked ? status.getText() + " · " : "")
                    + getTranslation("timeline.highlighted", lit.getDate().label(), lit.getTitle()));
        }
    }

    private void applyPeriod(TimelineEvents.PeriodChanged change, boolean arrived) {
        if (change.kind() == ChangeKind.REMOVED) {
            periods.remove(change.period().getId());
            canvas.removePeriod(change.period().getId());
        } else {
            periods.put(change.period().getId(), change.period());
            canvas.upsertPeriod(change.period(), arrived);
        }
        refreshPeriods();
    }

    private void applyGap(TimelineEvents.GapChanged change, boolean arrived) {
        if (change.kind() == ChangeKind.REMOVED) {
            gaps.remove(change.gap().getId());
            canvas.removeGap(change.gap().getId());
        } else {
            gaps.put(change.gap().getId(), change.gap());
            canvas.upsertGap(change.gap(), arrived);
        }
        refreshGaps();
    }

    private void refreshList() {
        List<TimelineEvent> sorted = new ArrayList<>(events.values());
        sorted.sort(Comparator.comparing((TimelineEvent e) -> e.getDate().date()).thenComparing(TimelineEvent::getCreatedAt));
        list.setItems(sorted);
    }

    private void refreshPeriods() {
        periodList.removeAll();
        if (periods.isEmpty()) {
            Span none = new Span(getTranslation("timeline.periodsEmpty"));
            none.addClassName("rw-muted");
            periodList.add(none);
        }
        periods.values().stream().sorted(Comparator.comparing(TimelinePeriod::getStart)).forEach(p -> {
            periodList.add(listItem(p.getName() + " · " + TimelineTexts.span(p), () -> openPeriod(p.getId())));
        });
    }

    private void refreshGaps() {
        gapList.removeAll();
        List<TimelineGap> open = gaps.values().stream().filter(TimelineGap::isOpen)
                .sorted(Comparator.comparing(TimelineGap::getAt)).toList();
        if (open.isEmpty()) {
            Span none = new Span(getTranslation("timeline.gapsEmpty"));
            none.addClassName("rw-muted");
            gapList.add(none);
        }
        open.forEach(g -> {
            gapList.add(listItem("? " + TimelineTexts.day(g.getAt()) + (g.getQuestion().isBlank() ? "" : " · " + g.getQuestion()),
                    () -> openGap(g.getId())));
        });
    }

    /** A line in the lists beside the picture that opens its item (click, Enter or space). */
    private Div listItem(String text, Runnable open) {
        Div item = new Div(new Span(text));
        item.addClassName("rw-timeline-list-item");
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(e -> open.run());
        item.getElement().addEventListener("keydown", e -> open.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").addEventData("event.preventDefault()");
        return item;
    }

    // ---- actions

    void openAdd(LocalDate at) {
        EventDialog dialog = new EventDialog(getTranslation("timeline.add"), null,
                (draft, version) -> service.addEvent(actor, caseId, meetingId, draft), this::showOwn);
        if (at != null) {
            dialog.date.setValue(at);
        }
        dialog.open();
    }

    void openEdit(String eventId) {
        TimelineEvent event = events.get(eventId);
        if (event == null) {
            return;
        }
        boolean writable = canEdit();
        EventDialog dialog = new EventDialog(getTranslation(writable ? "timeline.edit" : "timeline.view"), event,
                (draft, version) -> service.editEvent(actor, eventId, version, draft), this::showOwn);
        dialog.onRemovedAddAgainWith(draft -> service.addEvent(actor, caseId, meetingId, draft));
        if (!writable) {
            dialog.readOnly(getTranslation(actor.watcher() ? "timeline.watcherDialog" : "timeline.lockedDialog"));
        }
        if (writable) {
            Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e -> {
                Confirm.removal(this, getTranslation("timeline.removeTitle"),
                        getTranslation("timeline.removeText", event.getTitle()), () ->
                        Messages.attemptThen(this, () -> service.removeEvent(actor, eventId), () -> {
                            dialog.close();
                            if (events.remove(eventId) != null) {
                                canvas.remove(eventId);
                                refreshList();
                            }
                        }));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.addFooterAction(remove);
        }
        if (moderator) {
            Button light = new Button(getTranslation("timeline.highlight"), VaadinIcon.LIGHTBULB.create(), e -> {
                Messages.attemptThen(this, () -> applySettings(service.highlight(actor, caseId, eventId)), () -> {
                    dialog.close();
                });
            });
            light.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.addFooterAction(light);
        }
        dialog.addOpenedChangeListener(e -> openDialog = e.isOpened() ? dialog : (openDialog == dialog ? null : openDialog));
        dialog.open();
    }

    private void startTool(String tool) {
        canvas.setTool(tool);
        toolHint.removeAll();
        Span text = new Span(getTranslation("period".equals(tool) ? "timeline.tool.period" : "timeline.tool.gap"));
        Button byForm = new Button(getTranslation("period".equals(tool) ? "timeline.tool.periodForm" : "timeline.tool.gapForm"),
                e -> {
                    stopTool();
                    if ("period".equals(tool)) {
                        periodDialog(null, null);
                    } else {
                        gapDialog(null);
                    }
                });
        byForm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button stop = new Button(getTranslation("action.cancel"), e -> stopTool());
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toolHint.add(text, byForm, stop);
        toolHint.setVisible(true);
    }

    private void stopTool() {
        canvas.setTool(null);
        toolHint.setVisible(false);
    }

    void periodDialog(LocalDate from, LocalDate to) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timeline.markPeriod"));
        DatePicker start = new DatePicker(getTranslation("timeline.field.periodStart"), from);
        start.setI18n(dutchPicker());
        DatePicker end = new DatePicker(getTranslation("timeline.field.periodEnd"), to);
        end.setI18n(dutchPicker());
        TextField name = new TextField(getTranslation("timeline.field.periodName"));
        name.setPlaceholder(getTranslation("timeline.field.periodNamePlaceholder"));
        name.setMaxLength(TimelinePeriod.NAME_MAX_LENGTH);
        name.setWidthFull();
        dialog.add(new Div(start, new Span(" "), end), name);
        Button save = new Button(getTranslation("action.save"), e -> {
            Messages.attempt(this, () -> service.addPeriod(actor, caseId, meetingId, start.getValue(),
                    end.getValue(), name.getValue()), saved -> {
                dialog.close();
                applyPeriod(new TimelineEvents.PeriodChanged(caseId, ChangeKind.ADDED, saved), false);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    void gapDialog(LocalDate at) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timeline.flagGap"));
        DatePicker when = new DatePicker(getTranslation("timeline.field.gapAt"), at);
        when.setI18n(dutchPicker());
        TextField question = new TextField(getTranslation("timeline.field.gapQuestion"));
        question.setPlaceholder(getTranslation("timeline.field.gapQuestionPlaceholder"));
        question.setMaxLength(TimelineGap.QUESTION_MAX_LENGTH);
        question.setWidthFull();
        dialog.add(when, question);
        Button save = new Button(getTranslation("timeline.flagGapSave"), e -> {
            Messages.attempt(this, () -> service.flagGap(actor, caseId, meetingId, when.getValue(),
                    question.getValue()), saved -> {
                dialog.close();
                applyGap(new TimelineEvents.GapChanged(caseId, ChangeKind.ADDED, saved), false);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(520px, 96vw)");
        dialog.open();
        question.focus();
    }

    void openGap(String gapId) {
        TimelineGap gap = gaps.get(gapId);
        if (gap == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timeline.gapTitle", TimelineTexts.day(gap.getAt())));
        dialog.add(new Paragraph(gap.getQuestion().isBlank() ? getTranslation("timeline.gapNoQuestion") : gap.getQuestion()));
        Span who = new Span(getTranslation("timeline.gapAskedBy", gap.getAskedByName()));
        who.addClassName("rw-timeline-event-meta");
        dialog.add(who);
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        if (canEdit()) {
            Button fill = new Button(getTranslation("timeline.gapFill"), VaadinIcon.PLUS.create(), e -> {
                dialog.close();
                EventDialog add = new EventDialog(getTranslation("timeline.gapFill"), null,
                        (draft, version) -> service.fillGap(actor, gapId, meetingId, draft), this::showOwn);
                add.date.setValue(gap.getAt());
                add.open();
            });
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e -> {
                Messages.attemptThen(this, () -> service.removeGap(actor, gapId), () -> {
                    dialog.close();
                    applyGap(new TimelineEvents.GapChanged(caseId, ChangeKind.REMOVED, gap), false);
                });
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getStyle().set("margin-right", "auto");
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
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(period.getName());
        dialog.add(new Paragraph(TimelineTexts.span(period)));
        Span who = new Span(getTranslation("timeline.periodBy", period.getAddedByName()));
        who.addClassName("rw-timeline-event-meta");
        dialog.add(who);
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        if (canEdit()) {
            Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e -> {
                Messages.attemptThen(this, () -> service.removePeriod(actor, periodId), () -> {
                    dialog.close();
                    applyPeriod(new TimelineEvents.PeriodChanged(caseId, ChangeKind.REMOVED, period), false);
                });
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getStyle().set("margin-right", "auto");
            dialog.getFooter().add(remove);
        }
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void move(String eventId, long version, String isoDate) {
        try {
            TimelineEvent moved = service.moveEvent(actor, eventId, version, LocalDate.parse(isoDate));
            show(moved);
        } catch (StaleEditException stale) {
            TimelineEvent current = stale.current();
            events.put(current.getId(), current);
            canvas.upsert(current);
            Messages.showError(getTranslation("timeline.moveStale", current.getChangedByName()));
        } catch (NotFoundException gone) {
            events.remove(eventId);
            canvas.remove(eventId);
            refreshList();
            Messages.showError(this, gone);
        } catch (UserFacingException other) {
            TimelineEvent known = events.get(eventId);
            if (known != null) {
                canvas.upsert(known); // back to where it was
            }
            Messages.showError(this, other);
        } catch (DateTimeParseException bad) {
            Messages.showError(getTranslation("error.timeline.noDate"));
        }
    }

    private final class CanvasListener implements TimelineCanvas.Listener {
        @Override
        public void open(String eventId) {
            openEdit(eventId);
        }

        @Override
        public void move(String eventId, long version, String isoDate) {
            TimelinePanel.this.move(eventId, version, isoDate);
        }

        @Override
        public void span(String fromIso, String toIso) {
            stopTool();
            periodDialog(LocalDate.parse(fromIso), LocalDate.parse(toIso));
        }

        @Override
        public void gap(String isoDate) {
            stopTool();
            gapDialog(LocalDate.parse(isoDate));
        }

        @Override
        public void openGap(String gapId) {
            TimelinePanel.this.openGap(gapId);
        }

        @Override
        public void openPeriod(String periodId) {
            TimelinePanel.this.openPeriod(periodId);
        }
    }

    /** Dutch month and day names for the date pickers. */
    static DatePicker.DatePickerI18n dutchPicker() {
        return Dates.dutchPicker();
    }
}
