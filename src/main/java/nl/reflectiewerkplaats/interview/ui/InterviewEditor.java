package nl.reflectiewerkplaats.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.interview.Interview;
import nl.reflectiewerkplaats.interview.InterviewGuide;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.TimelineEvent;

/**
 * One interview's guide, in four sections: the preparation, consent to record, the
 * card's questions with a note each, and the feedback afterwards.
 */
final class InterviewEditor extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final InterviewService service;
    private final Actor actor;
    private final Runnable listChanged;
    private String id;
    /** The version of the interview shown: every save here moves it on. */
    private long version;

    /** @param listChanged refreshes the list of interviews (a name changed, one was removed) */
    InterviewEditor(InterviewService service, Actor actor, Runnable listChanged) {
        this.service = service;
        this.actor = actor;
        this.listChanged = listChanged;
        addClassName("rw-interview");
    }

    /** Shows one interview's guide. */
    void show(Interview interview) {
        removeAll();
        id = interview.getId();
        version = interview.getVersion();
        add(new H3(getTranslation("interview.with", interview.getPerson())));
        preparation(interview);
        consent(interview);
        add(new H4(getTranslation("interview.section.questions")));
        Paragraph qHelp = new Paragraph(getTranslation("interview.questionsHelp"));
        qHelp.addClassName("rw-muted");
        add(qHelp);
        for (String q : InterviewGuide.QUESTIONS) {
            add(question(interview, q));
        }
        feedback(interview);
        Button remove = new Button(getTranslation("interview.remove"), VaadinIcon.TRASH.create(), e ->
                Confirm.removal(this, getTranslation("interview.remove"), getTranslation("interview.removeText"), () ->
                        Messages.attemptThen(this, () -> service.remove(actor, id), () -> {
                            removeAll();
                            listChanged.run();
                        })));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new Div(remove));
    }

    /** 1. The checklist, who is interviewed and why, and who interviews. */
    private void preparation(Interview interview) {
        add(new H4(getTranslation("interview.section.preparation")));
        Div checklist = new Div();
        for (String item : InterviewGuide.CHECKLIST) {
            Checkbox box = new Checkbox(getTranslation("interview.check." + item), interview.getChecked().contains(item));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Messages.attempt(this, () -> version = service.check(actor, id, item, e.getValue()).getVersion());
                }
            });
            checklist.add(new Div(box));
        }
        TextField person = new TextField(getTranslation("interview.field.person"), interview.getPerson(), "");
        person.setMaxLength(Interview.PERSON_MAX_LENGTH);
        TextArea purpose = new TextArea(getTranslation("interview.field.purpose"));
        purpose.setValue(interview.getPurpose());
        purpose.setPlaceholder(getTranslation("interview.field.purposePlaceholder"));
        purpose.setWidthFull();
        TextField interviewer = new TextField(getTranslation("interview.field.interviewer"), interview.getInterviewer(), "");
        interviewer.setMaxLength(Interview.SHORT_MAX_LENGTH);
        RadioButtonGroup<Interview.InterviewerKind> kind = new RadioButtonGroup<>(getTranslation("interview.field.kind"));
        kind.setItems(Interview.InterviewerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("interview.kind." + k.name()));
        kind.setValue(interview.getInterviewerKind());
        Button saveGuide = new Button(getTranslation("action.save"), e ->
                Messages.attemptEdit(this, () -> service.saveGuide(actor, id, version, person.getValue(), purpose.getValue(),
                        interviewer.getValue(), kind.getValue()), saved -> {
                    version = saved.getVersion();
                    Messages.showSuccess(getTranslation("interview.saved"));
                    listChanged.run();
                }, current -> version = current.getVersion()));
        saveGuide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(checklist, person, purpose, interviewer, kind, new Div(saveGuide));
    }

    /** 2. Consent to record: who gave it and when, or that it is missing. */
    private void consent(Interview interview) {
        add(new H4(getTranslation("interview.section.consent")));
        Paragraph consentHelp = new Paragraph(getTranslation("interview.consentHelp"));
        consentHelp.addClassName("rw-muted");
        Span consentState = new Span();
        Checkbox recorded = new Checkbox(getTranslation("interview.recorded"), interview.isRecorded());
        TextField givenBy = new TextField(getTranslation("interview.field.consentBy"));
        givenBy.setMaxLength(Interview.SHORT_MAX_LENGTH);
        DatePicker consentDate = Dates.dutch(new DatePicker(getTranslation("interview.field.consentDate")));
        consentDate.setMax(DutchTime.today());
        Runnable showConsent = () -> {
            Interview now = service.get(actor, id);
            consentState.setText(now.hasConsent()
                    ? getTranslation("interview.consentGiven", now.getConsentBy(), DAY.format(now.getConsentDate()),
                    now.getConsentRecordedByName())
                    : getTranslation("interview.consentMissing"));
            consentState.setClassName("rw-interview-consent-missing", !now.hasConsent());
            recorded.setValue(now.isRecorded());
        };
        Button giveConsent = new Button(getTranslation("interview.recordConsent"), e ->
                Messages.attemptThen(this, () -> version = service.recordConsent(actor, id, givenBy.getValue(),
                        consentDate.getValue()).getVersion(), showConsent));
        Button withdraw = new Button(getTranslation("interview.withdrawConsent"), e ->
                Messages.attemptThen(this, () -> version = service.withdrawConsent(actor, id).getVersion(), showConsent));
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recorded.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && !Messages.attempt(this, () -> version = service.setRecorded(actor, id, e.getValue()).getVersion())) {
                recorded.setValue(false);
            }
        });
        showConsent.run();
        Div consentRow = new Div(givenBy, consentDate, giveConsent, withdraw);
        consentRow.addClassName("rw-timeline-actions");
        add(consentHelp, new Div(consentState), consentRow, recorded);
    }

    /** 3. One of the card's questions along the timeline, with a note and "op de tijdlijn". */
    private Div question(Interview interview, String key) {
        Div box = new Div();
        box.addClassName("rw-interview-question");
        box.getElement().setAttribute("data-question", key);
        Paragraph text = new Paragraph(getTranslation("interview.q." + key));
        TextArea note = new TextArea();
        note.setAriaLabel(getTranslation("interview.noteFor", getTranslation("interview.q." + key)));
        note.setPlaceholder(getTranslation("interview.notePlaceholder"));
        note.setWidthFull();
        note.setMaxLength(Interview.TEXT_MAX_LENGTH);
        Interview.AnswerNote existing = interview.note(key).orElse(null);
        note.setValue(existing == null ? "" : existing.text());
        Span linked = new Span();
        linked.addClassName("rw-interview-linked");
        Button save = new Button(getTranslation("interview.saveNote"), e ->
                Messages.attemptThen(this, () -> version = service.saveNote(actor, id, key, note.getValue()).getVersion(),
                        () -> Messages.showSuccess(getTranslation("interview.saved"))));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toTimeline = new Button(getTranslation("interview.toTimelineAction"), VaadinIcon.LINK.create(),
                e -> timelineDialog(key, note.getValue(), linked, (Button) e.getSource()));
        toTimeline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (existing != null && existing.eventId() != null) {
            linked.setText(getTranslation("interview.onTimeline"));
            toTimeline.setEnabled(false);
        }
        Div row = new Div(save, toTimeline, linked);
        row.addClassName("rw-timeline-actions");
        box.add(text, note, row);
        return box;
    }

    /** 4. The feedback afterwards, and when it was given. */
    private void feedback(Interview interview) {
        add(new H4(getTranslation("interview.section.feedback")));
        TextArea feedback = new TextArea(getTranslation("interview.field.feedback"));
        feedback.setValue(interview.getFeedback());
        feedback.setWidthFull();
        feedback.setMaxLength(Interview.TEXT_MAX_LENGTH);
        DatePicker feedbackDate = Dates.dutch(new DatePicker(getTranslation("interview.field.feedbackDate"),
                interview.getFeedbackDate()));
        Button saveFeedback = new Button(getTranslation("interview.saveFeedback"), e ->
                Messages.attemptThen(this, () -> version = service.recordFeedback(actor, id, feedback.getValue(),
                        feedbackDate.getValue()).getVersion(), () -> Messages.showSuccess(getTranslation("interview.saved"))));
        add(feedback, feedbackDate, new Div(saveFeedback));
    }

    /** The answer as an experience on the timeline: when was it, roughly? */
    private void timelineDialog(String key, String typed, Span linked, Button trigger) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("interview.toTimelineAction"));
        Paragraph help = new Paragraph(getTranslation("interview.toTimelineHelp"));
        help.addClassName("rw-muted");
        DatePicker date = Dates.dutch(new DatePicker(getTranslation("timeline.field.date")));
        Select<EventDate.Precision> precision = new Select<>();
        precision.setLabel(getTranslation("timeline.field.precision"));
        precision.setItems(EventDate.Precision.values());
        precision.setItemLabelGenerator(p -> getTranslation("timeline.precision." + p.name()));
        precision.setValue(EventDate.Precision.MONTH);
        Checkbox approximate = new Checkbox(getTranslation("timeline.field.approximate"));
        TextField title = new TextField(getTranslation("timeline.field.title"));
        title.setMaxLength(TimelineEvent.TITLE_MAX_LENGTH);
        title.setWidthFull();
        String oneLine = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        title.setValue(oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79).strip() + "…");
        dialog.add(help, new Div(date, precision, approximate), title);
        Button place = new Button(getTranslation("interview.place"), e -> Messages.attempt(this, () -> {
            // the note as typed is saved first, so the event carries it
            version = service.saveNote(actor, id, key, typed).getVersion();
            if (date.getValue() == null) {
                throw new InvalidInputException("error.timeline.noDate");
            }
            return service.noteToTimeline(actor, id, key, null,
                    new EventDate(date.getValue(), precision.getValue(), approximate.getValue()), title.getValue());
        }, made -> {
            dialog.close();
            linked.setText(getTranslation("interview.onTimeline"));
            trigger.setEnabled(false);
            Messages.showSuccess(getTranslation("interview.placed", made.getDate().label()));
        }));
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), place);
        dialog.open();
    }
}
