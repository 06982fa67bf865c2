package nl.reflectiewerkplaats.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.history.ChangeRecord;
import nl.reflectiewerkplaats.history.HistoryEntry;
import nl.reflectiewerkplaats.history.HistoryService;
import nl.reflectiewerkplaats.history.RestorePoint;

/**
 * The history of one instrument of a case: the newest changes (who, when, what), an
 * "Ongedaan maken" where the person may undo, and for the facilitator how many changes are kept
 * and the restore to the end of an earlier meeting (after a confirmation). The instrument's own
 * live events show an undo or restore to everyone.
 */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Dates.DUTCH)
            .withZone(DutchTime.ZONE);

    private final HistoryService history;
    private final Actor actor;
    private final String caseId;
    private final String area;
    private final boolean moderator;
    private final Div list = new Div();
    private final Paragraph size = new Paragraph();

    HistoryDialog(HistoryService history, Actor actor, String caseId, String area, boolean moderator) {
        this.history = history;
        this.actor = actor;
        this.caseId = caseId;
        this.area = area;
        this.moderator = moderator;
        addClassName("rw-history-dialog");
        setHeaderTitle(getTranslation("history.title." + area));
        setWidth("min(44rem, 96vw)");
        Paragraph intro = new Paragraph(getTranslation(moderator ? "history.intro.moderator" : "history.intro.participant"));
        intro.addClassName("rw-intro");
        list.addClassName("rw-history-list");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        size.addClassName("rw-history-size");
        size.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(intro);
        if (moderator) {
            add(size, restoreRow());
        }
        add(list);
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        Messages.attempt(this, () -> history.recent(actor, caseId, area), this::show);
        if (moderator) {
            Messages.attempt(this, () -> history.size(actor, caseId),
                    n -> size.setText(getTranslation("history.size", n)));
        }
    }

    private void show(List<HistoryEntry> entries) {
        list.removeAll();
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("history.empty")));
        }
        entries.forEach(entry -> list.add(row(entry)));
    }

    private Div row(HistoryEntry entry) {
        Span who = new Span(getTranslation("history.entry.who", entry.actorName(), WHEN.format(entry.at())));
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span what = new Span(describe(entry));
        what.addClassName("rw-history-what");
        Div text = new Div(who, new Div(what));
        text.getStyle().set("flex", "1");
        if (entry.changedAfterBy() != null) {
            Span after = new Span(getTranslation("history.entry.changedAfter", entry.changedAfterBy()));
            after.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
            text.add(new Div(after));
        }
        Div row = new Div(text);
        row.addClassName("rw-history-entry");
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (entry.undoable()) {
            Button undo = new Button(getTranslation("history.undo"), VaadinIcon.ROTATE_LEFT.create(), e ->
                    Messages.attempt(this, () -> history.undo(actor, caseId, entry.groupId()), done -> {
                        Messages.showSuccess(getTranslation("history.undone"));
                        refresh();
                    }));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
            undo.addClassName("rw-history-undo");
            row.add(undo);
        }
        return row;
    }

    /** "gebeurtenis „Verhuizing” verwijderd", several joined; an undo or restore says so first. */
    private String describe(HistoryEntry entry) {
        String items = entry.items().stream().map(i -> (getTranslation("history.type." + i.documentType()) + " „"
                + i.label() + "” " + getTranslation("history.kind." + i.kind().name()))).distinct()
                .collect(Collectors.joining("; "));
        if (entry.operation() == ChangeRecord.Operation.UNDO) {
            return getTranslation("history.entry.undo") + " " + items;
        }
        if (entry.operation() == ChangeRecord.Operation.RESTORE) {
            return getTranslation("history.entry.restore", entry.restoredTo()) + " " + items;
        }
        return items;
    }

    /** The facilitator's restore: choose an earlier meeting, confirm, and everyone sees that state. */
    private Div restoreRow() {
        Div row = new Div();
        row.addClassName("rw-history-restore");
        row.getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "var(--lumo-space-m)")
                .set("flex-wrap", "wrap").set("margin-bottom", "var(--lumo-space-m)");
        H4 title = new H4(getTranslation("history.restore.title"));
        title.getStyle().set("width", "100%").set("margin", "0");
        row.add(title);
        Messages.attempt(this, () -> history.restorePoints(actor, caseId), points -> {
            if (points.isEmpty()) {
                row.add(new Span(getTranslation("history.restore.none")));
                return;
            }
            Select<RestorePoint> meeting = new Select<>();
            meeting.setLabel(getTranslation("history.restore.meeting"));
            meeting.setItems(points);
            meeting.setItemLabelGenerator(p -> p.title() + " (" + Dates.format(p.date()) + ")");
            meeting.setValue(points.getFirst());
            meeting.addClassName("rw-history-meeting");
            meeting.setWidth("20em");
            Button restore = new Button(getTranslation("history.restore.button"), VaadinIcon.TIME_BACKWARD.create(),
                    e -> confirmRestore(meeting.getValue()));
            restore.addClassName("rw-history-restore-button");
            row.add(meeting, restore);
        });
        return row;
    }

    private void confirmRestore(RestorePoint point) {
        if (point == null) {
            return;
        }
        String what = getTranslation("history.area." + area);
        Confirm.step(this, getTranslation("history.restore.confirmTitle", point.title()),
                getTranslation("history.restore.confirmText", point.title(), Dates.format(point.date()), what),
                getTranslation("history.restore.confirm"), () ->
                        Messages.attempt(this, () -> history.restore(actor, caseId, point.meetingId(), area), done -> {
                            Messages.showSuccess(getTranslation("history.restore.done", point.title(),
                                    done.items().size()));
                            refresh();
                        }));
    }
}
