package nl.reflectiewerkplaats.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.AgendaChanged;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.instrument.InstrumentKind;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import nl.reflectiewerkplaats.casework.ui.Headcount;
import nl.reflectiewerkplaats.facilitation.AgendaTemplate;
import nl.reflectiewerkplaats.live.PresenceChanged;

/**
 * The agenda of a meeting above the instruments: the steps, where the group is now, the
 * timer and the moment of silence. The facilitator leads from here; every participant's
 * screen follows the current step, and can look back and return to "waar we nu zijn".
 */
public class AgendaBar extends Div {

    private final FacilitationService service;
    private final SessionContext context;
    private final InstrumentView instruments;
    private final Consumer<Boolean> silenceMode;
    private final Div steps = new Div();
    private final Span timer = new Span();
    private final Div actions = new Div();
    private final Div spotlight = new Div();
    private Agenda agenda;
    /** A participant's "klaar" and "terug naar waar we nu zijn" (made on first use). */
    private Button readyButton;
    private Button backButton;

    private final Supplier<List<Presence>> present;

    public AgendaBar(FacilitationService service, CaseBroadcaster broadcaster, SessionContext context,
                     InstrumentView instruments, Consumer<Boolean> silenceMode,
                     Supplier<List<Presence>> present) {
        this.present = present;
        this.service = service;
        this.context = context;
        this.instruments = instruments;
        this.silenceMode = silenceMode;
        addClassName("rw-agenda-bar");
        steps.addClassName("rw-agenda-steps");
        steps.getElement().setAttribute("role", "list");
        steps.getElement().setAttribute("aria-label", getTranslation("agenda.title"));
        timer.addClassName("rw-timer");
        timer.getElement().setAttribute("aria-live", "off");
        actions.addClassName("rw-agenda-actions");
        spotlight.addClassName("rw-spotlight");
        spotlight.getElement().setAttribute("role", "status");
        add(steps, timer, actions, spotlight);
        addAttachListener(e -> show(service.agenda(context.actor(), context.caseId(), context.meetingId()), true));
        if (context.moderator()) {
            // who can take the lead depends on who is here
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), PresenceChanged.class, e -> {
                if (agenda != null) {
                    renderActions();
                }
            });
        }
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), AgendaChanged.class, e -> {
            if (context.meetingId().equals(e.agenda().getMeetingId())) {
                if (agenda != null && agenda.getId().equals(e.agenda().getId())
                        && e.agenda().getVersion() <= agenda.getVersion()) {
                    // this view already shows that agenda or a newer one (e.g. its own click's answer came
                    // first): an older state arriving late must not take the view back to an earlier step
                    return;
                }
                boolean stepChanged = agenda == null || agenda.currentIndex() != e.agenda().currentIndex()
                        || !agenda.current().equals(e.agenda().current());
                show(e.agenda(), stepChanged);
                if (stepChanged) {
                    // the group moved on: the step after this one is likely next (not on opening the
                    // view, so a view that only joins costs no more than its current step)
                    prepareNext(e.agenda());
                }
            }
        });
    }

    /**
     * The instruments below the bar, as the session view shows them; the bar knows them
     * only by their ids and names.
     */
    public interface InstrumentView {

        /** The instruments a step can be about, in their order. */
        List<? extends InstrumentKind> choices();

        /** The id of the instrument shown now, or null. */
        String shown();

        /** Goes to the instrument of the group's step (one this view does not have leaves the view as it is). */
        void goTo(String instrumentId);

        /**
         * The instrument of the step after the group's current one: the view may get it
         * ready out of sight while the group works, so that moving on shows it at once.
         */
        default void prepare(String instrumentId) {
        }
    }

    private void prepareNext(Agenda current) {
        List<Agenda.Step> all = current.getSteps();
        int next = current.currentIndex() + 1;
        if (next > 0 && next < all.size()) {
            instruments.prepare(all.get(next).instrument());
        }
    }

    /** Called by the session view when someone looks at another instrument than the group's. */
    public void refreshReturn() {
        // only a participant's "terug naar nu" depends on the instrument shown: the
        // facilitator's buttons are not made anew on every tab
        if (agenda != null && !context.moderator()) {
            renderActions();
        }
    }

    private void show(Agenda next, boolean followStep) {
        boolean sameSteps = agenda != null && agenda.getSteps().equals(next.getSteps())
                && steps.getComponentCount() == next.getSteps().size();
        this.agenda = next;
        List<Agenda.Step> all = next.getSteps();
        if (!sameSteps) {
            steps.removeAll();
            for (int i = 0; i < all.size(); i++) {
                Agenda.Step step = all.get(i);
                Span chip = new Span((i + 1) + ". " + step.title() + " · "
                        + getTranslation("agenda.minutes", step.plannedMinutes()));
                chip.addClassName("rw-agenda-step");
                chip.getElement().setAttribute("role", "listitem");
                steps.add(chip);
            }
        }
        // a step change only moves the marks: every view gets a few class changes, not a new bar
        for (int i = 0; i < all.size(); i++) {
            Span chip = (Span) steps.getComponentAt(i);
            boolean current = i == next.currentIndex();
            chip.setClassName("rw-agenda-current", current);
            chip.setClassName("rw-agenda-done", i < next.currentIndex());
            if (current) {
                chip.getElement().setAttribute("aria-current", "step");
            } else {
                chip.getElement().removeAttribute("aria-current");
            }
        }
        renderTimer();
        renderActions();
        renderSpotlight();
        silenceMode.accept(next.isSilence());
        if (followStep) {
            next.current().ifPresent(s -> instruments.goTo(s.instrument()));
        }
    }

    private void renderSpotlight() {
        spotlight.removeAll();
        spotlight.setVisible(agenda.getSpotlight() != null);
        if (agenda.getSpotlight() == null) {
            return;
        }
        Span label = new Span(getTranslation("agenda.spotlight"));
        label.addClassName("rw-label");
        Span text = new Span(agenda.getSpotlight());
        text.addClassName("rw-spotlight-text");
        spotlight.add(label, text);
        if (context.moderator()) {
            Button clear = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> Messages.attempt(this,
                    () -> show(service.spotlight(context.actor(), context.caseId(), context.meetingId(), null),
                            false)));
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            clear.setAriaLabel(getTranslation("agenda.spotlightClear"));
            clear.setTooltipText(getTranslation("agenda.spotlightClear"));
            spotlight.add(clear);
        }
    }

    private void renderTimer() {
        if (agenda.getTimerEndsAt() != null) {
            timer.getElement().executeJs("""
                    const el = this, end = $0, over = $1;
                    clearInterval(el._rwTimer);
                    const tick = () => { const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                      el.textContent = s > 0 ? Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') : over;
                      el.dataset.seconds = s; };
                    tick(); el._rwTimer = setInterval(tick, 250);""",
                    agenda.getTimerEndsAt().toEpochMilli(), getTranslation("agenda.timeUp"));
            timer.setVisible(true);
        } else if (agenda.getTimerPausedSeconds() != null) {
            long s = agenda.getTimerPausedSeconds();
            timer.getElement().executeJs("clearInterval(this._rwTimer); this.dataset.seconds = $0;", s);
            timer.setText(getTranslation("agenda.paused", s / 60 + ":" + String.format("%02d", s % 60)));
            timer.setVisible(true);
        } else {
            timer.getElement().executeJs("clearInterval(this._rwTimer);");
            timer.setVisible(false);
        }
    }

    private void renderActions() {
        if (context.moderator()) {
            actions.removeAll();
        }
        int index = agenda.currentIndex();
        List<Agenda.Step> all = agenda.getSteps();
        if (context.moderator() && !agenda.isLedBy(context.actor().id())) {
            // another facilitator leads: show who, and let this one take over if needed
            Span leads = new Span(getTranslation("agenda.ledBy", agenda.getLeaderName()));
            leads.addClassName("rw-lead");
            Button take = new Button(getTranslation("agenda.takeLead"), VaadinIcon.HANDSHAKE.create(),
                    e -> Messages.attempt(this, () -> show(service.takeLead(context.actor(), context.caseId(),
                            context.meetingId()), false)));
            take.setTooltipText(getTranslation("agenda.takeLeadHelp"));
            actions.add(leads, take);
        } else if (context.moderator()) {
            Button previous = new Button(VaadinIcon.ARROW_LEFT.create(), e -> goTo(index - 1));
            previous.setAriaLabel(getTranslation("agenda.previous"));
            previous.setTooltipText(getTranslation("agenda.previous"));
            previous.setEnabled(index > 0);
            Button next = new Button(getTranslation("agenda.next"), VaadinIcon.ARROW_RIGHT.create(), e -> goTo(index + 1));
            next.setIconAfterText(true);
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setEnabled(index >= 0 && index < all.size() - 1);
            Span ready = new Span(getTranslation("agenda.readyCount", agenda.readyCount(),
                    Headcount.outOf(context.actor(), context.meetingId(), agenda.readyCount())));
            ready.addClassName("rw-ready-count");
            Button silence = new Button(getTranslation(agenda.isSilence() ? "agenda.silenceEnd" : "agenda.silence"),
                    VaadinIcon.MOON_O.create(), e -> Messages.attempt(this,
                    () -> show(service.setSilence(context.actor(), context.caseId(), context.meetingId(),
                            !agenda.isSilence()), false)));
            Button edit = new Button(VaadinIcon.COG_O.create(), e -> openEditor());
            edit.setAriaLabel(getTranslation("agenda.edit"));
            edit.setTooltipText(getTranslation("agenda.edit"));
            actions.add(previous, next, ready, timerControls(), silence, edit);
            List<Presence> others = present.get().stream()
                    .filter(p -> p.facilitator() && !p.actorId().equals(context.actor().id())).distinct().toList();
            if (!others.isEmpty()) {
                MenuBar handMenu = new MenuBar();
                handMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
                var item = handMenu.addItem(getTranslation("agenda.handLead"));
                for (Presence p : others) {
                    item.getSubMenu().addItem(p.displayName(), click -> Messages.attempt(this,
                            () -> show(service.handLead(context.actor(), context.caseId(), context.meetingId(),
                                    p.actorId(), p.displayName()), false)));
                }
                actions.add(handMenu);
            }
            if (agenda.getLeaderId() != null) {
                Span leads = new Span(getTranslation("agenda.youLead"));
                leads.addClassName("rw-lead");
                actions.add(leads);
            }
        } else {
            // a participant's two buttons are made once and then only changed: a step change
            // reaches every participant, and a new button each time is work for every browser
            if (readyButton == null) {
                readyButton = new Button("", VaadinIcon.CHECK.create(), e -> Messages.attempt(this,
                        () -> show(service.ready(context.actor(), context.caseId(), context.meetingId(),
                                !agenda.isReady(context.actor().id())), false)));
                backButton = new Button(getTranslation("agenda.backToNow"), VaadinIcon.ARROW_BACKWARD.create(),
                        e -> agenda.current().ifPresent(s -> instruments.goTo(s.instrument())));
                backButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                backButton.addClassName("rw-back-to-now");
                actions.add(readyButton, backButton);
            }
            boolean ready = agenda.isReady(context.actor().id());
            readyButton.setText(getTranslation(ready ? "agenda.notReady" : "agenda.ready"));
            if (ready) {
                readyButton.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            } else {
                readyButton.removeThemeVariants(ButtonVariant.LUMO_SUCCESS);
            }
            backButton.setVisible(agenda.current()
                    .filter(s -> !Objects.equals(s.instrument(), instruments.shown())).isPresent());
        }
    }

    private Div timerControls() {
        Div box = new Div();
        box.addClassName("rw-timer-controls");
        if (agenda.getTimerEndsAt() != null) {
            box.add(new Button(getTranslation("agenda.timerPause"), VaadinIcon.PAUSE.create(),
                    e -> Messages.attempt(this, () -> show(service.pauseTimer(context.actor(), context.caseId(),
                            context.meetingId()), false))));
        } else if (agenda.getTimerPausedSeconds() != null) {
            box.add(new Button(getTranslation("agenda.timerResume"), VaadinIcon.PLAY.create(),
                    e -> Messages.attempt(this, () -> show(service.resumeTimer(context.actor(), context.caseId(),
                            context.meetingId()), false))));
        } else {
            int minutes = agenda.current().map(Agenda.Step::plannedMinutes).orElse(10);
            box.add(new Button(getTranslation("agenda.timerStart", minutes), VaadinIcon.TIMER.create(),
                    e -> Messages.attempt(this, () -> show(service.startTimer(context.actor(), context.caseId(),
                            context.meetingId(), minutes), false))));
            return box;
        }
        box.add(new Button(getTranslation("agenda.timerPlus5"),
                e -> Messages.attempt(this, () -> show(service.extendTimer(context.actor(), context.caseId(),
                        context.meetingId(), 5), false))));
        Button stop = new Button(VaadinIcon.STOP.create(),
                e -> Messages.attempt(this, () -> show(service.stopTimer(context.actor(), context.caseId(),
                        context.meetingId()), false)));
        stop.setAriaLabel(getTranslation("agenda.timerStop"));
        stop.setTooltipText(getTranslation("agenda.timerStop"));
        box.add(stop);
        return box;
    }

    private void goTo(int index) {
        List<Agenda.Step> all = agenda.getSteps();
        if (index < 0 || index >= all.size()) {
            return;
        }
        Messages.attempt(this, () -> show(service.goTo(context.actor(), context.caseId(), context.meetingId(),
                all.get(index).id()), true));
    }

    private void openEditor() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agenda.edit"));
        Div list = new Div();
        list.addClassName("rw-agenda-editor");
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            list.removeAll();
            for (Agenda.Step step : agenda.getSteps()) {
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> Messages.attempt(this, () -> {
                    show(service.moveStep(context.actor(), context.caseId(), context.meetingId(), step.id(), -1),
                            false);
                    render[0].run();
                }));
                up.setAriaLabel(getTranslation("agenda.up"));
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> Messages.attempt(this, () -> {
                    show(service.moveStep(context.actor(), context.caseId(), context.meetingId(), step.id(), 1), false);
                    render[0].run();
                }));
                down.setAriaLabel(getTranslation("agenda.down"));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> Messages.attempt(this, () -> {
                    show(service.removeStep(context.actor(), context.caseId(), context.meetingId(), step.id()), false);
                    render[0].run();
                }));
                remove.setAriaLabel(getTranslation("action.remove"));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                Div row = new Div(new Span(step.title() + " · " + getTranslation("agenda.minutes", step.plannedMinutes())),
                        up, down, remove);
                row.addClassName("rw-agenda-editor-row");
                list.add(row);
            }
        };
        render[0].run();
        Div form = stepForm(() -> render[0].run());
        Div templates = templateForm(() -> render[0].run());
        dialog.add(list, form, templates);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(640px, 95vw)");
        dialog.open();
    }

    /** A new step: which registered instrument (by its name), a title, how long. */
    private Div stepForm(Runnable rerender) {
        Select<InstrumentKind> instrument = new Select<>();
        instrument.setLabel(getTranslation("field.instrument"));
        List<? extends InstrumentKind> choices = instruments.choices();
        instrument.setItems(List.copyOf(choices));
        instrument.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        if (!choices.isEmpty()) {
            instrument.setValue(choices.getFirst());
        }
        TextField title = new TextField(getTranslation("field.stepTitle"));
        title.setMaxLength(Agenda.TITLE_MAX_LENGTH);
        instrument.addValueChangeListener(e -> {
            if (e.getValue() != null && title.isEmpty()) {
                title.setValue(getTranslation(e.getValue().labelKey()));
            }
        });
        IntegerField minutes = new IntegerField(getTranslation("field.minutes"));
        minutes.setValue(15);
        minutes.setMin(1);
        minutes.setMax(240);
        Button add = new Button(getTranslation("agenda.addStep"), VaadinIcon.PLUS.create(), e -> {
            String step = title.getValue();
            Messages.attemptThen(this, () -> show(service.addStep(context.actor(), context.caseId(), context.meetingId(),
                    instrument.getValue() == null ? null : instrument.getValue().id(),
                    step, minutes.getValue() == null ? 0 : minutes.getValue()), false), () -> {
                Inputs.clearAfterAdd(title, step);
                rerender.run();
            });
        });
        Div form = new Div(instrument, title, minutes, add);
        form.addClassName("rw-role-form");
        return form;
    }

    /** Saving this agenda as a template of one's own, or starting from one. */
    private Div templateForm(Runnable rerender) {
        TextField templateName = new TextField(getTranslation("field.templateName"));
        templateName.setMaxLength(AgendaTemplate.NAME_MAX_LENGTH);
        Button saveTemplate = new Button(getTranslation("agenda.saveTemplate"), VaadinIcon.DOWNLOAD_ALT.create(), e -> {
            Messages.attemptThen(this, () -> service.saveTemplate(context.actor(), context.caseId(),
                    context.meetingId(), templateName.getValue()), () -> {
                Messages.showSuccess(getTranslation("agenda.templateSaved"));
                templateName.clear();
            });
        });
        Select<AgendaTemplate> template = new Select<>();
        template.setLabel(getTranslation("agenda.useTemplate"));
        template.setItems(service.templates(context.actor()));
        template.setItemLabelGenerator(AgendaTemplate::getName);
        Button use = new Button(getTranslation("agenda.useTemplateButton"), e -> {
            if (template.getValue() != null && Messages.attempt(this,
                    () -> show(service.useTemplate(context.actor(), context.caseId(), context.meetingId(),
                            template.getValue().getId()), true))) {
                rerender.run();
            }
        });
        Div templates = new Div(templateName, saveTemplate, template, use);
        templates.addClassName("rw-role-form");
        return templates;
    }
}
