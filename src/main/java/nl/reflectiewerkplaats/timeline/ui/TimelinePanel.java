package nl.reflectiewerkplaats.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.live.ui.LiveItems;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.timeline.LaneMode;
import nl.reflectiewerkplaats.timeline.TimelineSettings;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineEvents;
import nl.reflectiewerkplaats.timeline.TimelineService;

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
    private final LiveItems<TimelineEvent> events = new LiveItems<>(TimelineEvent::getId, TimelineEvent::getVersion);
    private final Grid<TimelineEvent> list = new Grid<>();
    /** The list is filled while it is open; closed (as it starts), a change only marks it out of date. */
    private final Details listDetails;
    private boolean listOutOfDate;
    private final TimelineToolbar toolbar;
    private final TimelinePeriodsAndGaps periodsAndGaps;
    private final Div toolHint = new Div();
    private TimelineSettings settings;
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
        toolbar = new TimelineToolbar(service, actor, caseId, moderator, () -> openAdd(null), this::startTool,
                this::applySettings);
        periodsAndGaps = new TimelinePeriodsAndGaps(service, actor, caseId, meetingId, canvas, this::canEdit, this::showOwn);

        Paragraph intro = new Paragraph(getTranslation("timeline.intro"));
        intro.addClassName("rw-intro");
        toolHint.addClassName("rw-timeline-tool-hint");
        toolHint.setVisible(false);
        listDetails = new Details(getTranslation("timeline.listTitle"), eventGrid());
        listDetails.setWidthFull();
        listDetails.addClassName("rw-timeline-list-details");
        listDetails.addOpenedChangeListener(e -> {
            if (e.isOpened() && listOutOfDate) {
                refreshList();
            }
        });
        Div reflection = new Div(
                new SharedNotes(notes, broadcaster, actor, caseId, NOTES_SEE, meetingId, moderator,
                        getTranslation("timeline.notes.see")),
                new SharedNotes(notes, broadcaster, actor, caseId, NOTES_FEEL, meetingId, moderator,
                        getTranslation("timeline.notes.feel")));
        reflection.addClassName("rw-timeline-reflection");
        Paragraph source = new Paragraph(getTranslation("timeline.sourceRef"));
        source.addClassName("rw-source");

        add(new H3(getTranslation("timeline.title")), intro, toolbar, toolHint, canvas, listDetails, periodsAndGaps,
                reflection, source);

        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.EventChanged.class, this::applyEvent);
        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.SettingsChanged.class,
                e -> applySettings(e.timeline()));
        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.PeriodChanged.class,
                c -> periodsAndGaps.apply(c, true));
        LiveUpdates.bind(this, broadcaster, caseId, actor, TimelineEvents.GapChanged.class,
                c -> periodsAndGaps.apply(c, true));
        // (re)load on every attach: a hidden tab is detached and misses live changes meanwhile
        addAttachListener(e -> reload());
    }

    /** Puts the "Geschiedenis" button (undo, and for the facilitator restore) in the toolbar. */
    public TimelinePanel withHistory(HistoryAffordance history) {
        toolbar.add(history.button(actor, caseId, "timeline", moderator));
        return this;
    }

    /** All events as a table: the accessible alternative to the picture. */
    private Grid<TimelineEvent> eventGrid() {
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
        return list;
    }

    /** Everything from the store, once. */
    void reload() {
        settings = service.timeline(actor, caseId);
        events.reset(service.events(actor, caseId));
        periodsAndGaps.reload();
        canvas.setData(settings.laneMode(), canEdit(), settings.highlightedEventId(), events.list(),
                periodsAndGaps.periods(), periodsAndGaps.gaps());
        refreshList();
        showSettings();
    }

    private LaneMode currentMode() {
        return settings == null ? LaneMode.PARTIES : settings.laneMode();
    }

    private boolean canEdit() {
        return !actor.watcher() && (moderator || settings == null || !settings.locked());
    }

    // ---- live changes

    private void applyEvent(TimelineEvents.EventChanged change) {
        TimelineEvent e = change.event();
        TimelineEvent known = events.get(e.getId());
        // one's own change was shown already (same date): only someone else's new or moved event is marked
        if (events.apply(change.kind(), e, canvas::upsertArrived, gone -> canvas.remove(gone.getId()))) {
            refreshList();
        }
        if (openDialog == null || !e.getId().equals(openDialog.editingId())) {
            return;
        }
        if (change.kind() == ChangeKind.REMOVED) {
            openDialog.removedElsewhere();
        } else if (change.kind() == ChangeKind.UPDATED && (known == null || known.getVersion() < e.getVersion())
                && !actor.displayName().equals(e.getChangedByName())) {
            openDialog.changedElsewhere(e);
        }
    }

    private void show(TimelineEvent e) {
        if (events.upsert(e)) {
            canvas.upsert(e);
            refreshList();
        }
    }

    /** One's own add or change from a dialog: shown, and brought into view. */
    private void showOwn(TimelineEvent e) {
        show(e);
        canvas.reveal(e.getId());
    }

    private void forget(String eventId) {
        if (events.remove(eventId) != null) {
            canvas.remove(eventId);
            refreshList();
        }
    }

    private void applySettings(TimelineSettings newer) {
        if (settings != null && newer.version() < settings.version()) {
            return;
        }
        boolean modeChanged = settings == null || settings.laneMode() != newer.laneMode();
        boolean lockChanged = settings == null || settings.locked() != newer.locked();
        boolean highlightChanged = settings == null
                || !Objects.equals(settings.highlightedEventId(), newer.highlightedEventId());
        settings = newer;
        if (modeChanged) {
            canvas.setLaneMode(newer.laneMode(), events.list());
            refreshList(); // the lane column's names
        }
        if (lockChanged) {
            canvas.setCanEdit(canEdit());
        }
        if (highlightChanged) {
            canvas.setHighlight(newer.highlightedEventId());
        }
        showSettings();
    }

    private void showSettings() {
        setClassName("rw-timeline-is-locked", settings.locked());
        String lit = settings.highlightedEventId();
        toolbar.show(settings, canEdit(), lit == null ? null : events.get(lit));
    }

    /**
     * Fills the list, when it is open. Closed, it is only marked out of date: with many
     * open views, every change would otherwise send each of them the list's rows too.
     */
    private void refreshList() {
        if (!listDetails.isOpened()) {
            listOutOfDate = true;
            return;
        }
        listOutOfDate = false;
        List<TimelineEvent> sorted = new ArrayList<>(events.list());
        sorted.sort(Comparator.comparing((TimelineEvent e) -> e.getDate().date()).thenComparing(TimelineEvent::getCreatedAt));
        list.setItems(sorted);
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
            Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e ->
                    Confirm.removal(this, getTranslation("timeline.removeTitle"),
                            getTranslation("timeline.removeText", event.getTitle()), () ->
                            Messages.attemptThen(this, () -> service.removeEvent(actor, eventId), () -> {
                                dialog.close();
                                forget(eventId);
                            })));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.addFooterAction(remove);
        }
        if (moderator) {
            Button light = new Button(getTranslation("timeline.highlight"), VaadinIcon.LIGHTBULB.create(), e ->
                    Messages.attemptThen(this, () -> applySettings(service.highlight(actor, caseId, eventId)), dialog::close));
            light.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.addFooterAction(light);
        }
        dialog.addOpenedChangeListener(e -> openDialog = e.isOpened() ? dialog : (openDialog == dialog ? null : openDialog));
        dialog.open();
    }

    private void startTool(String tool) {
        boolean period = TimelineToolbar.PERIOD.equals(tool);
        canvas.setTool(tool);
        toolHint.removeAll();
        Span text = new Span(getTranslation(period ? "timeline.tool.period" : "timeline.tool.gap"));
        Button byForm = new Button(getTranslation(period ? "timeline.tool.periodForm" : "timeline.tool.gapForm"), e -> {
            stopTool();
            if (period) {
                periodsAndGaps.periodDialog(null, null);
            } else {
                periodsAndGaps.gapDialog(null);
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

    private void move(String eventId, long version, String isoDate) {
        try {
            TimelineEvent moved = service.moveEvent(actor, eventId, version, LocalDate.parse(isoDate));
            show(moved);
        } catch (StaleEditException stale) {
            TimelineEvent current = stale.current();
            events.upsert(current);
            canvas.upsert(current);
            Messages.showError(getTranslation("timeline.moveStale", current.getChangedByName()));
        } catch (NotFoundException gone) {
            forget(eventId);
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
            periodsAndGaps.periodDialog(LocalDate.parse(fromIso), LocalDate.parse(toIso));
        }

        @Override
        public void gap(String isoDate) {
            stopTool();
            periodsAndGaps.gapDialog(LocalDate.parse(isoDate));
        }

        @Override
        public void openGap(String gapId) {
            periodsAndGaps.openGap(gapId);
        }

        @Override
        public void openPeriod(String periodId) {
            periodsAndGaps.openPeriod(periodId);
        }
    }
}
