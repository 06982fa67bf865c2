package nl.reflectiewerkplaats.timeline.ui;

import nl.reflectiewerkplaats.base.ui.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Function;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.FarFutureDateException;
import nl.reflectiewerkplaats.timeline.Party;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import java.util.function.Consumer;

/**
 * Adding or changing one event: a date with its precision, a title, who it concerns
 * and its kind. Nothing typed is lost: a failed save keeps the dialog open with the
 * text; a date far ahead asks first; a change or removal by someone else meanwhile
 * is explained and the person chooses.
 */
public class EventDialog extends Dialog {

    /** What saving does: add, edit with the version started from, or fill a gap. */
    public interface Saver {
        TimelineEvent save(TimelineEventDraft draft, long baseVersion);
    }

    final DatePicker date = new DatePicker();
    final Select<EventDate.Precision> precision = new Select<>();
    final Checkbox approximate = new Checkbox();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField who = new TextField();
    final Select<EventKind> kind = new Select<>();
    final Select<Party> party = new Select<>();
    private final Paragraph notice = new Paragraph();
    private final Div footerActions = new Div();
    private Button save;
    private Button cancel;
    private Saver saver;
    private long baseVersion;
    private boolean partyTouched;
    private TimelineEvent editing;

    EventDialog(String heading, TimelineEvent existing, Saver saver, Consumer<TimelineEvent> saved) {
        this.saver = saver;
        this.editing = existing;
        this.baseVersion = existing == null ? 0 : existing.getVersion();
        setHeaderTitle(heading);
        addClassName("rw-timeline-dialog");
        setWidth("min(640px, 96vw)");
        setCloseOnOutsideClick(false);

        date.setLabel(getTranslation("timeline.field.date"));
        date.setI18n(Dates.dutchPicker());
        date.setRequiredIndicatorVisible(true);
        date.setHelperText(getTranslation("timeline.field.dateHelp"));
        precision.setLabel(getTranslation("timeline.field.precision"));
        precision.setItems(EventDate.Precision.values());
        precision.setItemLabelGenerator(p -> getTranslation("timeline.precision." + p.name()));
        precision.setValue(EventDate.Precision.DAY);
        approximate.setLabel(getTranslation("timeline.field.approximate"));
        title.setLabel(getTranslation("timeline.field.title"));
        title.setMaxLength(TimelineEvent.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("timeline.field.description"));
        description.setMaxLength(TimelineEvent.DESCRIPTION_MAX_LENGTH);
        who.setLabel(getTranslation("timeline.field.who"));
        who.setMaxLength(TimelineEvent.WHO_MAX_LENGTH);
        kind.setLabel(getTranslation("timeline.field.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("timeline.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        party.setLabel(getTranslation("timeline.field.party"));
        party.setItems(Party.values());
        party.setItemLabelGenerator(p -> getTranslation("timeline.party." + p.name()));
        party.setHelperText(getTranslation("timeline.field.partyHelp"));
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && !partyTouched && e.getValue() != null) {
                party.setValue(e.getValue().defaultParty());
            }
        });
        party.addValueChangeListener(e -> partyTouched |= e.isFromClient());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 3));
        form.add(date, precision, approximate);
        form.add(title, 3);
        form.add(kind, 2);
        form.add(party, 1);
        form.add(who, 3);
        form.add(description, 3);
        notice.addClassName("rw-timeline-tool-hint");
        notice.setVisible(false);
        add(notice, form);

        if (existing != null) {
            fill(existing.toDraft());
            Span meta = new Span(getTranslation(existing.getMeetingId() == null ? "timeline.meta.prepared"
                    : "timeline.meta.added", existing.getAddedByName()));
            meta.addClassName("rw-timeline-event-meta");
            add(meta);
            String source = TimelineTexts.source(this, existing);
            if (source != null) {
                Span s = new Span(source);
                s.addClassName("rw-timeline-source");
                add(new Div(s));
            }
        }

        save = new Button(getTranslation("action.save"), e -> attemptSave(false, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel = new Button(getTranslation("action.cancel"), e -> close());
        footerActions.getStyle().set("margin-right", "auto").set("display", "flex").set("gap", "var(--lumo-space-s)");
        getFooter().add(footerActions, cancel, save);
    }

    /**
     * What cannot be changed looks that way before anyone tries: the fields are
     * read-only, there is no "Opslaan", and the note says why.
     */
    void readOnly(String why) {
        date.setReadOnly(true);
        precision.setReadOnly(true);
        approximate.setReadOnly(true);
        title.setReadOnly(true);
        description.setReadOnly(true);
        who.setReadOnly(true);
        kind.setReadOnly(true);
        party.setReadOnly(true);
        notice.setText(why);
        notice.setVisible(true);
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
        getElement().setAttribute("data-read-only", "true");
    }

    /** Buttons at the left of the footer (remove, kijk hier). */
    void addFooterAction(Button button) {
        footerActions.add(button);
    }

    void fill(TimelineEventDraft d) {
        date.setValue(d.date() == null ? null : d.date().date());
        precision.setValue(d.date() == null ? EventDate.Precision.DAY : d.date().precision());
        approximate.setValue(d.date() != null && d.date().approximate());
        title.setValue(d.title() == null ? "" : d.title());
        description.setValue(d.description() == null ? "" : d.description());
        who.setValue(d.who() == null ? "" : d.who());
        kind.setValue(d.kind());
        party.setValue(d.party() == null && d.kind() != null ? d.kind().defaultParty() : d.party());
    }

    TimelineEventDraft draft() {
        LocalDate day = date.getValue();
        EventDate eventDate = day == null ? null : new EventDate(day, precision.getValue() == null
                ? EventDate.Precision.DAY : precision.getValue(), approximate.getValue());
        return new TimelineEventDraft(eventDate, title.getValue(), description.getValue(), who.getValue(),
                kind.getValue(), party.getValue(), false);
    }

    private void attemptSave(boolean confirmedFuture, Consumer<TimelineEvent> saved) {
        TimelineEventDraft draft = confirmedFuture ? draft().confirmed() : draft();
        if (draft.date() == null) {
            date.setInvalid(true);
            date.setErrorMessage(getTranslation("error.timeline.noDate"));
        }
        try {
            TimelineEvent result = saver.save(draft, baseVersion);
            close();
            saved.accept(result);
        } catch (FarFutureDateException far) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("timeline.farFuture.title"),
                    Messages.text(this, far), getTranslation("timeline.farFuture.yes"),
                    e -> attemptSave(true, saved));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("timeline.farFuture.no"));
            confirm.open();
        } catch (StaleEditException stale) {
            TimelineEvent current = stale.current();
            ConfirmDialog choose = new ConfirmDialog(getTranslation("timeline.stale.title"),
                    getTranslation("timeline.stale.text", current.getChangedByName(), current.getDate().label(),
                            current.getTitle()),
                    getTranslation("timeline.stale.saveMine"), e -> {
                        baseVersion = current.getVersion();
                        attemptSave(confirmedFuture, saved);
                    });
            choose.setCancelable(true);
            choose.setCancelText(getTranslation("timeline.stale.keepCurrent"));
            choose.addCancelListener(e -> {
                close();
                saved.accept(current);
            });
            choose.open();
        } catch (NotFoundException gone) {
            removedElsewhere();
        } catch (UserFacingException other) {
            Messages.showError(this, other);
        }
    }

    /**
     * Someone removed the event being edited: say so, keep what was typed, and offer
     * to add it again as a new event.
     */
    void removedElsewhere() {
        notice.setText(getTranslation("timeline.removedWhileEditing"));
        notice.setVisible(true);
        if (editing != null && addAgain != null) {
            saver = (draft, version) -> addAgain.apply(draft);
            setHeaderTitle(getTranslation("timeline.addAgain"));
            footerActions.removeAll();
            editing = null;
        }
    }

    private Function<TimelineEventDraft, TimelineEvent> addAgain;

    void onRemovedAddAgainWith(Function<TimelineEventDraft, TimelineEvent> add) {
        this.addAgain = add;
    }

    String editingId() {
        return editing == null ? null : editing.getId();
    }

    void changedElsewhere(TimelineEvent newer) {
        notice.setText(getTranslation("timeline.changedWhileEditing", newer.getChangedByName()));
        notice.setVisible(true);
    }
}
