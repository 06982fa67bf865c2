package nl.reflectiewerkplaats.interview.ui;

import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.interview.Interview;
import nl.reflectiewerkplaats.interview.InterviewGuide;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Dates;

/**
 * The reflective interviews of a case (werkkaart 2): one guide per person with the
 * preparation, consent to record, the card's questions along the timeline with a
 * note each (and one action to put a noted answer on the timeline), and the
 * feedback afterwards.
 */
@Route(value = "casussen/:caseId/gesprekken", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class InterviewsPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final CaseService cases;
    private final InterviewService service;
    private final Actor actor;
    private final Div list = new Div();
    private final Div editor = new Div();
    private Case theCase;
    private String title = "";

    InterviewsPage(CaseService cases, InterviewService service, CurrentActor currentActor) {
        this.cases = cases;
        this.service = service;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        addClassName("rw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        theCase = cases.getCase(actor, event.getRouteParameters().get("caseId").orElse(""));
        removeAll();
        title = getTranslation("interview.page.title", theCase.getPseudonym());
        Anchor back = new Anchor("casussen/" + theCase.getId(), getTranslation("timeline.page.back"));
        back.addClassName("rw-back");
        Anchor toTimeline = new Anchor("casussen/" + theCase.getId() + "/tijdlijn", getTranslation("interview.toTimeline"));
        Paragraph intro = new Paragraph(getTranslation("interview.intro"));
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("interview.sourceRef"));
        source.addClassName("rw-source");

        TextField person = new TextField(getTranslation("interview.field.person"));
        person.setPlaceholder(getTranslation("interview.field.personPlaceholder"));
        person.setMaxLength(Interview.PERSON_MAX_LENGTH);
        Button create = new Button(getTranslation("interview.new"), VaadinIcon.PLUS.create(), e -> {
            Messages.attempt(this, () -> service.create(actor, theCase.getId(), person.getValue()), made -> {
                person.clear();
                refreshList();
                edit(made);
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div newRow = new Div(person, create);
        newRow.addClassName("rw-interview-new");
        list.addClassName("rw-interview-list");
        editor.addClassName("rw-interview");
        add(back, new H2(title), intro, toTimeline, newRow, list, editor, source);
        refreshList();
        List<Interview> all = service.interviews(actor, theCase.getId());
        if (!all.isEmpty()) {
            edit(all.get(0));
        }
    }

    private void refreshList() {
        list.removeAll();
        for (Interview i : service.interviews(actor, theCase.getId())) {
            Button open = new Button(getTranslation("interview.with", i.getPerson()), e -> edit(service.get(actor, i.getId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(open);
        }
    }

    /** Shows one interview's guide. */
    void edit(Interview interview) {
        editor.removeAll();
        String id = interview.getId();
        long[] version = {interview.getVersion()};
        editor.add(new H3(getTranslation("interview.with", interview.getPerson())));

        // 1. preparation
        editor.add(new H4(getTranslation("interview.section.preparation")));
        Div checklist = new Div();
        for (String item : InterviewGuide.CHECKLIST) {
            Checkbox box = new Checkbox(getTranslation("interview.check." + item), interview.getChecked().contains(item));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Messages.attempt(this, () -> version[0] = service.check(actor, id, item, e.getValue()).getVersion());
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
        Button saveGuide = new Button(getTranslation("action.save"), e -> {
            try {
                Interview saved = service.saveGuide(actor, id, version[0], person.getValue(), purpose.getValue(),
                        interviewer.getValue(), kind.getValue());
                version[0] = saved.getVersion();
                Messages.showSuccess(getTranslation("interview.saved"));
                refreshList();
            } catch (StaleEditException stale) {
                Interview current = stale.current();
                version[0] = current.getVersion();
                Messages.showError(this, stale);
            } catch (UserFacingException other) {
                Messages.showError(this, other);
            }
        });
        saveGuide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(checklist, person, purpose, interviewer, kind, new Div(saveGuide));

        // 2. consent to record
        editor.add(new H4(getTranslation("interview.section.consent")));
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
        Button giveConsent = new Button(getTranslation("interview.recordConsent"), e -> {
            Messages.attemptThen(this, () -> version[0] = service.recordConsent(actor, id, givenBy.getValue(),
                    consentDate.getValue()).getVersion(), () -> {
                showConsent.run();
            });
        });
        Button withdraw = new Button(getTranslation("interview.withdrawConsent"), e -> {
            Messages.attemptThen(this, () -> version[0] = service.withdrawConsent(actor, id).getVersion(), () -> {
                showConsent.run();
            });
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recorded.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (!Messages.attempt(this, () -> version[0] = service.setRecorded(actor, id, e.getValue()).getVersion())) {
                    recorded.setValue(false);
                }
            }
        });
        showConsent.run();
        Div consentRow = new Div(givenBy, consentDate, giveConsent, withdraw);
        consentRow.addClassName("rw-timeline-actions");
        editor.add(consentHelp, new Div(consentState), consentRow, recorded);

        // 3. questions along the timeline
        editor.add(new H4(getTranslation("interview.section.questions")));
        Paragraph qHelp = new Paragraph(getTranslation("interview.questionsHelp"));
        qHelp.addClassName("rw-muted");
        editor.add(qHelp);
        for (String q : InterviewGuide.QUESTIONS) {
            editor.add(question(interview, q, version));
        }

        // 4. feedback afterwards
        editor.add(new H4(getTranslation("interview.section.feedback")));
        TextArea feedback = new TextArea(getTranslation("interview.field.feedback"));
        feedback.setValue(interview.getFeedback());
        feedback.setWidthFull();
        feedback.setMaxLength(Interview.TEXT_MAX_LENGTH);
        DatePicker feedbackDate = Dates.dutch(new DatePicker(getTranslation("interview.field.feedbackDate"), interview.getFeedbackDate()));
        Button saveFeedback = new Button(getTranslation("interview.saveFeedback"), e -> {
            Messages.attemptThen(this, () -> version[0] = service.recordFeedback(actor, id, feedback.getValue(),
                    feedbackDate.getValue()).getVersion(), () -> {
                Messages.showSuccess(getTranslation("interview.saved"));
            });
        });
        editor.add(feedback, feedbackDate, new Div(saveFeedback));

        Button remove = new Button(getTranslation("interview.remove"), VaadinIcon.TRASH.create(), e -> {
            Confirm.removal(this, getTranslation("interview.remove"), getTranslation("interview.removeText"), () ->
                    Messages.attemptThen(this, () -> service.remove(actor, id), () -> {
                        editor.removeAll();
                        refreshList();
                    }));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        editor.add(new Div(remove));
    }

    private Div question(Interview interview, String key, long[] version) {
        String id = interview.getId();
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
        Button save = new Button(getTranslation("interview.saveNote"), e -> {
            Messages.attemptThen(this, () -> version[0] = service.saveNote(actor, id, key, note.getValue()).getVersion(), () -> {
                Messages.showSuccess(getTranslation("interview.saved"));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toTimeline = new Button(getTranslation("interview.toTimelineAction"), VaadinIcon.LINK.create(),
                e -> timelineDialog(id, key, note.getValue(), version, linked, (Button) e.getSource()));
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

    /** The answer as an experience on the timeline: when was it, roughly? */
    private void timelineDialog(String id, String key, String typed, long[] version, Span linked, Button trigger) {
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
        Button place = new Button(getTranslation("interview.place"), e -> {
            Messages.attempt(this, () -> {
                // the note as typed is saved first, so the event carries it
                version[0] = service.saveNote(actor, id, key, typed).getVersion();
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
            });
        });
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), place);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
