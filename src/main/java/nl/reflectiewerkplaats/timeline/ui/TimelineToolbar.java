package nl.reflectiewerkplaats.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.timeline.LaneMode;
import nl.reflectiewerkplaats.timeline.TimelineSettings;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineService;

/**
 * The row above the timeline: add an event, mark a period, flag a gap, the lock
 * status, and for the facilitator the lane split, the lock and "kijk hier" off.
 */
final class TimelineToolbar extends Div {

    /** The tools of the picture: "period" or "gap". */
    static final String PERIOD = "period";
    static final String GAP = "gap";

    private final boolean moderator;
    private final Span status = new Span();
    private final Select<LaneMode> laneMode = new Select<>();
    private final Button lock = new Button();
    private final Button clearHighlight = new Button();
    private final Button addButton = new Button();
    private final Button periodButton = new Button();
    private final Button gapButton = new Button();
    private TimelineSettings shown;

    /**
     * @param add      opens the dialog for a new event
     * @param tool     starts a tool of the picture ({@link #PERIOD} or {@link #GAP})
     * @param settings shows settings the facilitator changed here
     */
    TimelineToolbar(TimelineService service, Actor actor, String caseId, boolean moderator, Runnable add,
                    SerializableConsumer<String> tool, SerializableConsumer<TimelineSettings> settings) {
        this.moderator = moderator;
        addClassName("rw-timeline-actions");
        addButton.setText(getTranslation("timeline.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addButton.addClickListener(e -> add.run());
        periodButton.setText(getTranslation("timeline.markPeriod"));
        periodButton.setIcon(VaadinIcon.CALENDAR.create());
        periodButton.addClickListener(e -> tool.accept(PERIOD));
        gapButton.setText(getTranslation("timeline.flagGap"));
        gapButton.setIcon(VaadinIcon.QUESTION_CIRCLE_O.create());
        gapButton.addClickListener(e -> tool.accept(GAP));
        Span spacer = new Span();
        spacer.addClassName("rw-spacer");
        add(addButton, periodButton, gapButton, spacer, status);
        status.addClassName("rw-timeline-status");
        if (moderator) {
            laneMode.setAriaLabel(getTranslation("timeline.laneMode"));
            laneMode.setWidth("21em");
            laneMode.setItems(LaneMode.values());
            laneMode.setItemLabelGenerator(m -> getTranslation("timeline.laneMode." + m.name()));
            laneMode.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    Messages.attempt(this, () -> settings.accept(service.setLaneMode(actor, caseId, e.getValue())));
                }
            });
            lock.addClickListener(e -> Messages.attempt(this,
                    () -> settings.accept(service.setLocked(actor, caseId, !shown.locked()))));
            clearHighlight.setText(getTranslation("timeline.highlightClear"));
            clearHighlight.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            clearHighlight.addClickListener(e -> Messages.attempt(this,
                    () -> settings.accept(service.highlight(actor, caseId, null))));
            add(laneMode, lock, clearHighlight);
        }
    }

    /**
     * @param writable whether the person may change the timeline now
     * @param lit      the event the facilitator points at ("kijk hier"), or null
     */
    void show(TimelineSettings settings, boolean writable, TimelineEvent lit) {
        shown = settings;
        boolean locked = settings.locked();
        addButton.setEnabled(writable);
        periodButton.setEnabled(writable);
        gapButton.setEnabled(writable);
        if (moderator) {
            laneMode.setValue(settings.laneMode());
            lock.setText(getTranslation(locked ? "timeline.unlock" : "timeline.lock"));
            lock.setIcon((locked ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create());
            clearHighlight.setVisible(settings.highlightedEventId() != null);
            status.setText(locked ? getTranslation("timeline.lockedForOthers") : "");
        } else {
            status.setText(locked ? getTranslation("timeline.lockedNote") : "");
        }
        status.setClassName("rw-timeline-locked", locked);
        if (lit != null && !moderator) {
            status.setText((locked ? status.getText() + " · " : "")
                    + getTranslation("timeline.highlighted", lit.getDate().label(), lit.getTitle()));
        }
    }
}
