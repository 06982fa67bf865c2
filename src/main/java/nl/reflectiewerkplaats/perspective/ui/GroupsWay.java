package nl.reflectiewerkplaats.perspective.ui;

import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.round.ui.CurrentRound;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.NotFoundException;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.ui.LiveText;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.perspective.GroupSide;
import nl.reflectiewerkplaats.perspective.GroupSpace;
import nl.reflectiewerkplaats.perspective.GroupSpaceView;
import nl.reflectiewerkplaats.perspective.GroupWork;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.GroupSpaceChanged;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.GroupsChanged;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.round.ui.FinishRoundButton;
import nl.reflectiewerkplaats.round.ui.StoppedRounds;

/**
 * Way 1, two groups: each writes in its own space, against a countdown, the desired
 * long-term perspective and the first three steps; then both pitches side by side,
 * what the differences mean, and what each takes from it.
 */
class GroupsWay extends Div {

    private final GroupsService service;
    private final RoundService rounds;
    private final SharedNoteService notes;
    private final CaseBroadcaster broadcaster;
    private final SessionContext context;
    private final Supplier<List<PerspectivePanel.Person>> people;
    private final Map<GroupSpace.Part, TextArea> fields = new EnumMap<>(GroupSpace.Part.class);
    /** Each part's field with the text last stored, to tell a teammate's change from this person's own typing. */
    private final Map<GroupSpace.Part, LiveText<TextArea>> live = new EnumMap<>(GroupSpace.Part.class);
    private Round round;
    private long spaceVersion;
    private Optional<GroupSide> shownSide = Optional.empty();

    GroupsWay(GroupsService service, RoundService rounds, SharedNoteService notes, CaseBroadcaster broadcaster,
              SessionContext context, Supplier<List<PerspectivePanel.Person>> people) {
        this.service = service;
        this.rounds = rounds;
        this.notes = notes;
        this.broadcaster = broadcaster;
        this.context = context;
        this.people = people;
        addClassName("rw-groups-way");
        addAttachListener(e -> show(rounds.current(context.actor(), context.caseId(), context.meetingId())
                .filter(GroupsService.ROUND::owns).orElse(null)));
        CurrentRound.follow(this, broadcaster, context.caseId(), context.actor(), context.meetingId(),
                GroupsService.ROUND::owns, () -> round, changed -> round = changed, this::show);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), GroupsChanged.class, e -> {
            // rebuild only when this person's own group changed: never under someone's typing
            if (round != null && round.getId().equals(e.roundId()) && !context.moderator()
                    && !service.work(context.actor(), round.getId()).sideOf(context.actor().id()).equals(shownSide)) {
                show(round);
            }
        });
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), GroupSpaceChanged.class, e -> {
            if (round != null && round.getId().equals(e.roundId()) && !round.isRevealed()) {
                applyTeammateEdit(e.space());
            }
        });
    }

    private void show(Round current) {
        this.round = current;
        removeAll();
        fields.clear();
        live.clear();
        Paragraph intro = new Paragraph(getTranslation("groups.intro"));
        intro.addClassName("rw-intro");
        add(intro);
        if (current == null) {
            showNoRound();
            return;
        }
        GroupWork work;
        try {
            work = service.work(context.actor(), current.getId());
        } catch (NotFoundException starting) {
            // the round is announced a moment before its groups are stored; they follow with GroupsChanged
            shownSide = null; // nothing shown yet: the next GroupsChanged shows this person's group
            return;
        }
        if (current.isRevealed()) {
            showPitches();
            return;
        }
        add(countdown(work));
        if (context.moderator()) {
            add(assignments(work));
            Button pitch = new Button(getTranslation("groups.pitch"), VaadinIcon.EYE.create(), e ->
                    Confirm.step(this, getTranslation("groups.pitch"), getTranslation("groups.pitchConfirm"),
                            getTranslation("groups.pitch"), () -> Messages.attempt(this,
                                    () -> show(rounds.reveal(context.actor(), current.getId())))));
            pitch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div bar = new Div(new Span(getTranslation("groups.facilitatorHint")), pitch);
            bar.addClassName("rw-facilitator-bar");
            add(bar);
            return;
        }
        Optional<GroupSide> mySide = work.sideOf(context.actor().id());
        shownSide = mySide;
        if (mySide.isEmpty()) {
            Paragraph wait = new Paragraph(getTranslation("groups.waitForGroup"));
            wait.addClassName("rw-muted");
            add(wait);
            return;
        }
        add(groupForm(current, mySide.get()));
    }

    /** No round: the facilitator can start one (and reveal a stopped one); the others wait. */
    private void showNoRound() {
        if (context.moderator()) {
            IntegerField minutes = new IntegerField(getTranslation("groups.minutes"));
            minutes.setValue(GroupsService.DEFAULT_MINUTES);
            minutes.setMin(1);
            minutes.setMax(120);
            minutes.setStepButtonsVisible(true);
            Button start = new Button(getTranslation("groups.start"), VaadinIcon.PLAY.create(), e ->
                    Messages.attempt(this, () -> show(service.start(context.actor(), context.caseId(),
                            context.meetingId(), minutes.getValue() == null ? 0 : minutes.getValue()))));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div bar = new Div(minutes, start);
            bar.addClassName("rw-facilitator-bar");
            add(bar, new StoppedRounds(rounds, context.actor(), context.caseId(), GroupsService.ROUND.topic(),
                    r -> getTranslation("round.stopped.groups")));
        } else {
            add(EmptyState.of(this, "groups.none.title", "groups.none.text"));
        }
        add(earlier());
    }

    /** The time left, counted down in the browser. */
    private Span countdown(GroupWork work) {
        Span countdown = new Span();
        countdown.addClassName("rw-countdown");
        countdown.getElement().executeJs("""
                const el = this, end = $0, left = $1, over = $2;
                clearInterval(el._rwTimer);
                const tick = () => { const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = s > 0 ? left.replace('{0}', Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0')) : over; };
                tick(); el._rwTimer = setInterval(tick, 1000);""",
                work.getDeadline().toEpochMilli(), getTranslation("groups.left"), getTranslation("groups.timeUp"));
        return countdown;
    }

    /** The own group's space: one field per part, saved on leaving it, a teammate's text taken in. */
    private Div groupForm(Round current, GroupSide side) {
        GroupSpace space = service.space(context.actor(), current.getId(), side);
        spaceVersion = space.getVersion();
        H4 title = new H4(getTranslation("groups.yourGroup", getTranslation("groups.side." + side)));
        Div form = new Div(title);
        form.addClassName("rw-answer-form");
        for (GroupSpace.Part part : GroupSpace.Part.values()) {
            TextArea area = new TextArea(getTranslation("groups.part." + part));
            area.setMaxLength(GroupSpace.TEXT_MAX_LENGTH);
            area.setWidthFull();
            area.setValue(space.get(part));
            area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(part, e);
                }
            });
            live.put(part, LiveText.follow(area, space.get(part)));
            fields.put(part, area);
            form.add(area);
        }
        Paragraph privacy = new Paragraph(getTranslation("groups.private"));
        privacy.addClassName("rw-muted");
        form.add(privacy);
        return form;
    }

    private void save(GroupSpace.Part part, HasValue.ValueChangeEvent<String> e) {
        try {
            GroupSpace saved = service.write(context.actor(), round.getId(), part, e.getValue(), spaceVersion);
            spaceVersion = saved.getVersion();
            live.get(part).saved(saved.get(part));
        } catch (StaleEditException stale) {
            GroupSpace current = stale.current();
            Messages.showError(Messages.text(this, stale) + " " + getTranslation("groups.staleYours", e.getValue()));
            // the stored text wins in this field; what was typed is in the message above
            live.get(part).saved(e.getOldValue());
            fields.get(part).setValue(e.getOldValue());
            applyTeammateEdit(current.view());
        } catch (UserFacingException other) {
            Messages.showError(this, other);
        }
    }

    /**
     * A teammate saved: their text goes into the fields where this person is not typing
     * (shown beneath the field where they are), and the version is kept for the next save.
     */
    private void applyTeammateEdit(GroupSpaceView space) {
        if (space.version() < spaceVersion || fields.isEmpty()) {
            return;
        }
        spaceVersion = space.version();
        live.forEach((part, text) -> text.changedElsewhere(space.get(part),
                getTranslation("groups.teammateWrote", space.lastEditedBy(), space.get(part))));
    }

    /** Earlier pitches of this case, readable later. */
    private Div earlier() {
        List<List<GroupSpace>> past = service.history(context.actor(), context.caseId());
        if (past.isEmpty()) {
            return new Div();
        }
        Div list = new Div();
        for (List<GroupSpace> pitch : past) {
            Div sides = new Div();
            sides.addClassName("rw-pitches");
            for (GroupSpace space : pitch) {
                Div column = new Div(new H4(getTranslation("groups.side." + space.getSide())),
                        new Paragraph(space.get(GroupSpace.Part.PERSPECTIVE)),
                        new OrderedList(new ListItem(space.get(GroupSpace.Part.STEP1)),
                                new ListItem(space.get(GroupSpace.Part.STEP2)), new ListItem(space.get(GroupSpace.Part.STEP3))));
                column.addClassName("rw-pitch");
                sides.add(column);
            }
            list.add(sides);
        }
        return EarlierRounds.folded(getTranslation("groups.history", past.size()), list);
    }

    private Div assignments(GroupWork work) {
        Div box = new Div(new Span(getTranslation("groups.assign")));
        box.addClassName("rw-group-assign");
        for (PerspectivePanel.Person person : people.get()) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(person.name());
            choice.setItems("", GroupSide.HULPVERLENING.name(), GroupSide.GEZIN_NETWERK.name());
            choice.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("groups.side.none") : getTranslation("groups.side." + v));
            choice.setValue(work.sideOf(person.participantId()).map(Enum::name).orElse(""));
            choice.addValueChangeListener(e -> Messages.attempt(this, () -> service.assign(context.actor(),
                    round.getId(), person.participantId(), person.name(), e.getValue() == null || e.getValue().isEmpty() ? null
                            : GroupSide.valueOf(e.getValue()))));
            box.add(choice);
        }
        return box;
    }

    private void showPitches() {
        Div sides = new Div();
        sides.addClassName("rw-pitches");
        for (GroupSpace space : service.pitches(context.actor(), round.getId())) {
            Div column = new Div(new H4(getTranslation("groups.side." + space.getSide())));
            column.addClassName("rw-pitch");
            Span label = new Span(getTranslation("groups.part.PERSPECTIVE"));
            label.addClassName("rw-label");
            Paragraph perspective = new Paragraph(space.get(GroupSpace.Part.PERSPECTIVE));
            perspective.addClassName("rw-quote");
            Span stepsLabel = new Span(getTranslation("groups.steps"));
            stepsLabel.addClassName("rw-label");
            OrderedList steps = new OrderedList(new ListItem(space.get(GroupSpace.Part.STEP1)),
                    new ListItem(space.get(GroupSpace.Part.STEP2)), new ListItem(space.get(GroupSpace.Part.STEP3)));
            column.add(label, perspective, stepsLabel, steps);
            sides.add(column);
        }
        Div talk = new Div(
                new SharedNotes(notes, broadcaster, context,
                        "perspectief:verschillen:" + round.getId(), getTranslation("groups.differences")),
                new SharedNotes(notes, broadcaster, context,
                        "perspectief:evaluatie:" + round.getId(), getTranslation("groups.evaluation")));
        talk.addClassName("rw-field-talk");
        add(sides, talk);
        if (context.moderator()) {
            Button finish = new FinishRoundButton(rounds, context.actor(), round, () -> show(null));
            Div bar = new Div(finish);
            bar.addClassName("rw-facilitator-bar");
            add(bar);
        }
    }

}
