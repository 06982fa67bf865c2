package nl.reflectiewerkplaats.tensionfield.ui;

import java.util.Objects;
import nl.reflectiewerkplaats.base.ui.Drafts;
import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.base.ui.UnsentTexts;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.round.ui.FinishRoundButton;
import nl.reflectiewerkplaats.round.ui.RevealModeField;
import nl.reflectiewerkplaats.round.ui.CurrentRound;
import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.tensionfield.MarkerView;
import nl.reflectiewerkplaats.tensionfield.Placement;
import nl.reflectiewerkplaats.tensionfield.PlacementChanged;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.reflectiewerkplaats.casework.ui.Headcount;
import nl.reflectiewerkplaats.live.PresenceChanged;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.round.ui.StoppedRounds;

/**
 * Spanningsvelden in a session: the facilitator opens a round on one field; everyone
 * places a marker in private; the facilitator reveals; then each may move a little
 * and say why. The field's questions sit beside it; the facilitator can pin one.
 */
public class TensionFieldPanel extends Div {

    private final TensionFieldService service;
    private final RoundService rounds;
    private final SharedNoteService notes;
    private final CaseBroadcaster broadcaster;
    private final CardCatalog catalog;
    private final SessionContext context;
    private List<String> lastAnswered;
    private final Div controls = new Div();
    private final Div content = new Div();
    private final Span progress = new Span();
    private Round round;
    private FieldLine line;
    private final List<ListItem> questionItems = new ArrayList<>();
    private final List<FieldPanelAddition> additions;

    /** @param additions what other modules add under the line for this viewer */
    public TensionFieldPanel(TensionFieldService service, RoundService rounds,
                             SharedNoteService notes, CardCatalog catalog,
                             CaseBroadcaster broadcaster, SessionContext context, List<FieldPanelAddition> additions) {
        this.additions = List.copyOf(additions);
        this.notes = notes;
        this.broadcaster = broadcaster;
        this.service = service;
        this.rounds = rounds;
        this.catalog = catalog;
        this.context = context;
        addClassName("rw-tension-panel");
        controls.addClassName("rw-round-controls");
        content.addClassName("rw-round-content");
        progress.addClassName("rw-round-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        add(controls, content);
        // (re)load on every attach: a hidden tab is detached and misses live changes meanwhile
        addAttachListener(e -> show(rounds.current(context.actor(), context.caseId(), context.meetingId())
                .filter(r -> service.fieldOf(r).isPresent()).orElse(null)));

        CurrentRound.follow(this, broadcaster, context.caseId(), context.actor(), context.meetingId(),
                r -> service.fieldOf(r).isPresent(), () -> round, changed -> {
                    round = changed;
                    highlightPinned();
                }, this::show);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), PlacementChanged.class, e -> {
            if (round != null && line != null && round.getId().equals(e.placement().roundId())) {
                MarkerView marker = service.markerFor(context.actor(), round, e.placement());
                line.upsert(marker);
                if (marker.mine() && !context.moderator()) {
                    // placed from elsewhere (another tab, or brought in from a solo reflection)
                    line.showOwn(marker.current());
                }
            }
        });
        // someone who leaves keeps their marker, marked as left
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), PresenceChanged.class, e -> {
            if (round != null && line != null && context.meetingId().equals(e.meetingId()) && round.isRevealed()) {
                line.setMarkers(service.markers(context.actor(), round.getId()));
            }
        });
        if (context.moderator()) {
            // "of how many" follows who is here
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), PresenceChanged.class, e -> {
                if (lastAnswered != null && context.meetingId().equals(e.meetingId())) {
                    showProgress(lastAnswered);
                }
            });
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), RoundProgress.class, e -> {
                if (round != null && round.getId().equals(e.roundId())) {
                    showProgress(e.answeredBy());
                }
            });
        }
    }

    /** The round this panel shows, or else the meeting's current one (for the session view). */
    public Optional<Round> round() {
        return round != null ? Optional.of(round)
                : rounds.current(context.actor(), context.caseId(), context.meetingId())
                        .filter(r -> service.fieldOf(r).isPresent());
    }

    private void show(Round current) {
        Round before = this.round;
        this.round = current;
        controls.removeAll();
        content.removeAll();
        questionItems.clear();
        line = null;
        if (context.moderator()) {
            controls.add(moderatorControls());
        }
        if (current == null) {
            content.add(EmptyState.of(this, "field.noRound.title",
                    context.moderator() ? "field.noRound.facilitator" : "field.noRound.participant"));
            offerUnsentReason(before, current);
            return;
        }
        TensionField field = service.fieldOf(current).orElseThrow();
        boolean phases = TensionFieldService.isPhases(field);
        Span kicker = new Span(phases ? getTranslation("cards.werkkaartNumber", 8)
                : getTranslation("cards.fieldNumber", field.number()));
        kicker.addClassName("rw-kicker");
        H3 title = new H3(field.title());
        Details about = new Details(getTranslation("field.about"), new Paragraph(field.explanation()));
        about.addClassName("rw-field-about");

        Paragraph status = new Paragraph(getTranslation(current.isRevealed()
                ? (current.isNamed() ? "field.revealed.named" : "field.revealed.anonymous")
                : (current.isNamed() ? "field.answering.named" : "field.answering.anonymous")));
        status.addClassName("rw-round-status");

        // the facilitator leads and does not place; everyone else places in private
        line = new FieldLine(field, !context.moderator(), this::place);
        if (phases) {
            line.showZones(catalog.learningPhases().phases().stream().map(p -> p.title()).toList());
        }
        List<MarkerView> visible = service.markers(context.actor(), current.getId());
        line.setMarkers(visible);
        visible.stream().filter(MarkerView::mine).findFirst().ifPresent(m -> line.showOwn(m.current()));
        line.setShowSpread(current.isRevealed());
        if (!context.moderator()) {
            service.lastTime(context.actor(), current.getId()).ifPresent(line::showLastTime);
        }

        content.add(kicker, title, about, status, line);
        for (FieldPanelAddition addition : additions) {
            addition.create(context, current, field).ifPresent(content::add);
        }
        if (context.network() && current.isRevealed()) {
            Checkbox groups = new Checkbox(
                    getTranslation("field.separateBestuurders"));
            FieldLine shown = line;
            groups.addValueChangeListener(e -> shown.setSeparateGroups(e.getValue()));
            content.add(groups);
        }
        if (current.isRevealed() && !context.moderator()) {
            content.add(moveStep());
        }
        if (phases && current.isRevealed()) {
            content.add(voices());
        }
        Div talk = new Div(questions(field), new SharedNotes(notes, broadcaster, context,
                "spanningsveld:" + field.id(), getTranslation("field.notes")));
        talk.addClassName("rw-field-talk");
        content.add(talk);
        content.add(history(field, current.getId()));
        offerUnsentReason(before, current);
        highlightPinned();
    }

    /**
     * A participant was writing why they moved when the facilitator closed the round (or
     * opened another): what they typed and had not saved is shown to them alone, from their
     * own tab, instead of going without a word. Nothing of it is stored or reaches anyone else.
     */
    private void offerUnsentReason(Round before, Round current) {
        if (context.moderator() || before == null || !before.isRevealed()
                || (current != null && current.getId().equals(before.getId()))) {
            return;
        }
        String saved;
        try {
            saved = service.markers(context.actor(), before.getId()).stream().filter(MarkerView::mine)
                    .map(MarkerView::moveReason).filter(Objects::nonNull).findFirst().orElse("");
        } catch (RuntimeException gone) {
            saved = "";
        }
        UnsentTexts unsent = new UnsentTexts(getTranslation("draft.unsent.reason"));
        unsent.check(this, reasonDraftKey(before), getTranslation("field.moveReason"), saved);
        content.addComponentAsFirst(unsent);
    }

    /** Where a participant's move reason keeps its text in their tab ({@link Drafts}). */
    private static String reasonDraftKey(Round round) {
        return "spanningsveld:" + round.getId() + ":reden";
    }

    /** Earlier revealed rounds on this field in this case, side by side. */
    private Div history(TensionField field, String currentRoundId) {
        Div box = new Div();
        box.addClassName("rw-history");
        // every revealed round on this field, this meeting's included once revealed
        List<TensionFieldService.RoundSnapshot> earlier =
                service.history(context.actor(), context.caseId(), field.id());
        if (earlier.isEmpty() || (earlier.size() == 1 && earlier.getFirst().round().getId().equals(currentRoundId))) {
            return box;
        }
        Div grid = new Div();
        grid.addClassName("rw-history-grid");
        DateTimeFormatter date = DateTimeFormatter
                .ofPattern("d MMMM yyyy", Locale.of("nl", "NL")).withZone(ZoneId.systemDefault());
        for (TensionFieldService.RoundSnapshot snapshot : earlier) {
            FieldLine past = new FieldLine(field, false, p -> { });
            past.setMarkers(snapshot.markers());
            past.setShowSpread(true);
            Span title = new Span(getTranslation("field.history.round", date.format(snapshot.round().getOpenedAt()),
                    snapshot.markers().size()));
            title.addClassName("rw-history-title");
            Div item = new Div(title, past);
            item.addClassName("rw-history-item");
            grid.add(item);
        }
        Details details = new Details(getTranslation("field.history", earlier.size()), grid);
        details.setOpened(true);
        box.add(details);
        return box;
    }

    private Div moderatorControls() {
        Div box = new Div();
        box.addClassName("rw-facilitator-bar");
        if (round == null || round.isEnded()) {
            Select<TensionField> fieldSelect = new Select<>();
            fieldSelect.setLabel(getTranslation("field.choose"));
            fieldSelect.setItems(service.lines());
            fieldSelect.setItemLabelGenerator(f -> TensionFieldService.isPhases(f)
                    ? getTranslation("cards.werkkaartNumber", 8) + ": " + f.title()
                    : f.number() + ". " + f.title());
            fieldSelect.setValue(service.lines().getFirst());
            fieldSelect.setWidth("22em");
            RevealModeField mode = new RevealModeField(Round.RevealMode.NAMED);
            Button start = new Button(getTranslation("field.start"), VaadinIcon.PLAY.create(), e ->
                    Messages.attempt(this, () -> show(service.openRound(context.actor(), context.caseId(),
                            context.meetingId(), fieldSelect.getValue().id(), mode.getValue()))));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(fieldSelect, mode, start);
            box.add(new StoppedRounds(rounds, context.actor(), context.caseId(), TensionFieldService.topic(""),
                    r -> service.fieldOf(r).map(TensionField::title).orElse(r.getTopic())));
        } else if (round.getPhase() == Round.Phase.ANSWERING) {
            showProgress(service.answeredBy(context.actor(), round.getId()));
            Button reveal = new Button(getTranslation("field.reveal"), VaadinIcon.EYE.create(), e -> confirmReveal());
            reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button stop = new Button(getTranslation("field.stop"), e -> Messages.attempt(this, () -> {
                rounds.close(context.actor(), round.getId());
                show(null);
            }));
            box.add(progress, reveal, stop);
        } else {
            Button stop = new FinishRoundButton(rounds, context.actor(), round, () -> show(null));
            box.add(new Span(getTranslation("field.moveHint.facilitator")), stop);
        }
        return box;
    }

    private void showProgress(List<String> answeredBy) {
        lastAnswered = answeredBy;
        int outOf = Headcount.outOf(context.actor(), context.meetingId(), answeredBy.size());
        progress.setText(answeredBy.isEmpty() ? getTranslation("field.progress.none", outOf)
                : getTranslation("field.progress", answeredBy.size(), String.join(", ", answeredBy), outOf));
    }

    private void confirmReveal() {
        Confirm.step(this, getTranslation("field.reveal"), getTranslation("field.revealConfirm"), getTranslation("field.reveal"),
                () -> Messages.attempt(this, () -> show(rounds.reveal(context.actor(), round.getId()))));
    }

    private void place(double position) {
        if (round == null) {
            return;
        }
        Messages.attempt(this, () -> service.place(context.actor(), round.getId(), position), saved -> {
            if (line != null) {
                line.upsert(service.markerFor(context.actor(), round, saved.view()));
                line.showOwn(saved.currentPosition());
            }
        });
    }

    private Div moveStep() {
        TextField reason = new TextField(getTranslation("field.moveReason"));
        reason.setMaxLength(Placement.REASON_MAX_LENGTH);
        reason.setPlaceholder(getTranslation("field.moveReasonPlaceholder"));
        reason.setWidthFull();
        Drafts.keep(reason, reasonDraftKey(round), "draft.restored.reason");
        Button save = new Button(getTranslation("field.moveSave"), e -> {
            Optional<MarkerView> mine = service.markers(context.actor(), round.getId()).stream()
                    .filter(MarkerView::mine).findFirst();
            if (mine.isEmpty()) {
                Messages.showError(getTranslation("error.placement.none"));
                return;
            }
            Messages.attemptThen(this, () -> service.move(context.actor(), round.getId(), mine.get().current(),
                    reason.getValue()), () -> {
                Messages.showSuccess(getTranslation("field.moveSaved"));
            });
        });
        Paragraph hint = new Paragraph(getTranslation("field.moveHint"));
        hint.addClassName("rw-muted");
        Div step = new Div(hint, reason, save);
        step.addClassName("rw-move-step");
        return step;
    }

    /** After the reveal of the phases: a few recognisable voices per phase, for recognition and courage. */
    private Div voices() {
        Div box = new Div();
        box.addClassName("rw-voices");
        box.add(new Span(getTranslation("phases.voices")));
        Div grid = new Div();
        grid.addClassName("rw-voices-grid");
        for (var phase : catalog.learningPhases().phases()) {
            Div column = new Div();
            column.addClassName("rw-voices-phase");
            Span title = new Span(phase.number() + ". " + phase.title());
            title.addClassName("rw-label");
            column.add(title);
            phase.quotes().forEach(q -> {
                Paragraph p = new Paragraph(q);
                p.addClassName("rw-quote");
                column.add(p);
            });
            grid.add(column);
        }
        Paragraph source = new Paragraph(getTranslation("cards.source", catalog.learningPhases().source().publication(),
                catalog.learningPhases().source().section()));
        source.addClassName("rw-source");
        box.add(grid, source);
        return box;
    }

    private Div questions(TensionField field) {
        Div box = new Div();
        box.addClassName("rw-field-questions");
        List<String> all = new ArrayList<>();
        Map<Integer, String> headings = new HashMap<>();
        int firstBestuurderQuestion;
        if (TensionFieldService.isPhases(field)) {
            for (var phase : catalog.learningPhases().phases()) {
                headings.put(all.size(), phase.number() + ". " + phase.title());
                all.addAll(phase.subThemes());
            }
            firstBestuurderQuestion = all.size();
        } else {
            all.addAll(catalog.tensionFieldIntro().generalQuestions());
            all.addAll(field.questions());
            firstBestuurderQuestion = all.size();
            if (context.network()) {
                // the questions for bestuurders only where bestuurders can take part
                all.addAll(field.bestuurderQuestions());
                headings.put(firstBestuurderQuestion, getTranslation("cards.bestuurderQuestions"));
            }
        }
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < all.size(); i++) {
            int index = i;
            ListItem item = new ListItem(new Span(all.get(i)));
            if (headings.containsKey(i)) {
                ListItem heading = new ListItem(headings.get(i));
                heading.addClassName("rw-question-subheading");
                list.add(heading);
            }
            if (i >= firstBestuurderQuestion) {
                item.addClassName("rw-bestuurder-question");
            }
            if (context.moderator()) {
                Button pin = new Button(VaadinIcon.PIN.create(), e -> Messages.attempt(this, () -> rounds.pinQuestion(
                        context.actor(), round.getId(),
                        Integer.valueOf(index).equals(round.getPinnedQuestion()) ? null : index)));
                pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                pin.setAriaLabel(getTranslation("field.pin"));
                pin.setTooltipText(getTranslation("field.pin"));
                item.add(pin);
            }
            questionItems.add(item);
            list.add(item);
        }
        box.add(new Span(getTranslation(TensionFieldService.isPhases(field) ? "phases.recognise" : "field.questions")), list);
        return box;
    }

    private void highlightPinned() {
        Integer pinned = round == null ? null : round.getPinnedQuestion();
        for (int i = 0; i < questionItems.size(); i++) {
            questionItems.get(i).setClassName("rw-pinned", pinned != null && pinned == i);
        }
    }
}
