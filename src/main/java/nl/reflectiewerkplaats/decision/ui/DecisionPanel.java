package nl.reflectiewerkplaats.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.casework.ui.Headcount;
import nl.reflectiewerkplaats.decision.Decision;
import nl.reflectiewerkplaats.decision.DecisionEvents;
import nl.reflectiewerkplaats.decision.DecisionService;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.round.ui.CurrentRound;
import nl.reflectiewerkplaats.round.ui.FinishRoundButton;
import nl.reflectiewerkplaats.round.ui.RevealModeField;
import nl.reflectiewerkplaats.round.ui.StoppedRounds;
import org.jspecify.annotations.Nullable;

/**
 * The decision-level check: the facilitator names the decision and opens the round; each
 * participant picks a level in silence and sees only their own pick and how many have
 * chosen; after the reveal everyone sees the same spread. Earlier decisions of the case
 * follow, each with its spread once revealed.
 */
public class DecisionPanel extends Div {

    private final DecisionService service;
    private final RoundService rounds;
    private final SessionContext context;
    private final ActInstruments.DecisionLevels levels;
    private final Div body = new Div();
    private final Div history = new Div();
    private final Span count = new Span();
    private final Map<String, Button> levelButtons = new HashMap<>();
    private @Nullable Round round;
    /** Whether the shown round's decision text is on screen (it may be stored just after the round opens). */
    private boolean decisionShown;

    public DecisionPanel(DecisionService service, RoundService rounds, CaseBroadcaster broadcaster,
                         SessionContext context) {
        this.service = service;
        this.rounds = rounds;
        this.context = context;
        this.levels = service.levels();
        addClassName("rw-decision-panel");
        Paragraph intro = new Paragraph(levels.intro());
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("cards.source", levels.source().publication(),
                levels.source().section()));
        source.addClassName("rw-source");
        count.addClassName("rw-decision-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("decision.title")), intro, body, history, source);
        addAttachListener(e -> show(rounds.current(context.actor(), context.caseId(), context.meetingId())
                .filter(DecisionService::isDecisionRound)
                .orElse(null)));
        CurrentRound.follow(this, broadcaster, context.caseId(), context.actor(), context.meetingId(),
                DecisionService::isDecisionRound,
                () -> round, changed -> round = changed, this::show);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), DecisionEvents.DecisionOpened.class,
                e -> {
            if (round != null && round.getId().equals(e.roundId()) && !decisionShown) {
                show(round);
            }
        });
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), DecisionEvents.ChoicesCounted.class,
                e -> {
            if (round != null && round.getId().equals(e.roundId())) {
                showCount(e.chosen());
            }
        });
        // the same person in another tab or on another device chose: show their pick here too
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), DecisionEvents.LevelChosen.class, e -> {
            if (round != null && round.getId().equals(e.roundId()) && !round.isRevealed()) {
                markChosen(service.mine(context.actor(), e.roundId()).orElse(null));
            }
        });
    }

    private void show(@Nullable Round current) {
        this.round = current;
        body.removeAll();
        levelButtons.clear();
        decisionShown = false;
        if (current == null) {
            showNoRound();
        } else {
            service.decision(context.actor(), current.getId()).ifPresent(this::showDecision);
            if (current.isRevealed()) {
                service.spread(context.actor(), current.getId()).ifPresent(s -> body.add(new SpreadView(s, levels)));
                if (context.moderator()) {
                    Button finish = new FinishRoundButton(rounds, context.actor(), current, () -> show(null));
                    facilitatorBar(finish);
                }
            } else {
                showAnswering(current);
            }
        }
        showHistory();
    }

    private void showDecision(Decision decision) {
        decisionShown = true;
        Span label = new Span(getTranslation("decision.label"));
        label.addClassName("rw-muted");
        label.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Paragraph text = new Paragraph(decision.text());
        text.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Div quote = new Div(label, text);
        quote.addClassName("rw-decision-text");
        quote.getStyle().set("border-left", "4px solid var(--rw-accent)").set("padding", "0 var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0 var(--lumo-space-m)");
        body.add(quote);
    }

    /** No round: the facilitator types a decision and opens the check (and may reveal a stopped one). */
    private void showNoRound() {
        if (context.moderator()) {
            TextField decision = new TextField(getTranslation("field.decision"));
            decision.setMaxLength(Decision.TEXT_MAX_LENGTH);
            decision.setWidth("min(100%, 40em)");
            decision.setPlaceholder(getTranslation("decision.placeholder"));
            RevealModeField mode = new RevealModeField(Round.RevealMode.ANONYMOUS);
            Button start = new Button(getTranslation("decision.start"), VaadinIcon.PLAY.create(),
                    e -> Messages.attempt(this, () -> show(rounds.get(context.actor(),
                            service.open(context.actor(), context.caseId(), context.meetingId(), decision.getValue(),
                                    mode.getValue()).roundId()))));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            facilitatorBar(decision, mode, start);
            body.add(new StoppedRounds(rounds, context.actor(), context.caseId(), DecisionService.TOPIC,
                    r -> service.decision(context.actor(), r.getId()).map(Decision::text)
                            .orElse(getTranslation("decision.title"))));
        } else {
            body.add(EmptyState.of(this, "decision.none.title", "decision.none.text"));
        }
    }

    private void showAnswering(Round current) {
        showCount(service.chosenCount(context.actor(), current.getId()));
        if (context.moderator()) {
            Button reveal = new Button(getTranslation("decision.reveal"), VaadinIcon.EYE.create(), e ->
                    Confirm.step(this, getTranslation("decision.reveal"), getTranslation("decision.revealConfirm"),
                            getTranslation("decision.reveal"),
                            () -> Messages.attempt(this, () -> show(rounds.reveal(context.actor(), current.getId())))));
            reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button stop = new Button(getTranslation("decision.stop"), e -> Messages.attempt(this, () -> {
                rounds.close(context.actor(), current.getId());
                show(null);
            }));
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            facilitatorBar(new Span(getTranslation("decision.facilitatorHint")), count, reveal, stop);
            return;
        }
        if (context.actor().watcher()) {
            // a watcher reads along: the count, never a choice of their own
            body.add(count);
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("decision.pickHint"));
        hint.addClassName("rw-round-status");
        body.add(hint, count);
        String mine = service.mine(context.actor(), current.getId()).orElse(null);
        Div groups = new Div(levelGroup(current, false), levelGroup(current, true));
        groups.addClassName("rw-decision-levels");
        groups.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("margin-top", "var(--lumo-space-m)");
        Paragraph privacy = new Paragraph(getTranslation("decision.private"));
        privacy.addClassName("rw-muted");
        body.add(groups, privacy);
        markChosen(mine);
    }

    /** The levels that are (not) acceptable, side by side as two groups. */
    private Div levelGroup(Round current, boolean acceptable) {
        Div group = new Div(new H4(getTranslation(acceptable ? "decision.acceptable" : "decision.notAcceptable")));
        group.addClassName(acceptable ? "rw-levels-acceptable" : "rw-levels-not-acceptable");
        SpreadView.groupStyle(group, acceptable);
        for (ActInstruments.Level level : levels.levels()) {
            if (level.acceptable() != acceptable) {
                continue;
            }
            Span name = new Span(level.number() + ". " + level.name());
            name.getStyle().set("font-weight", "600");
            Span explanation = new Span(level.explanation());
            explanation.getStyle().set("font-weight", "400").set("font-size", "var(--lumo-font-size-s)");
            Div label = new Div(name, explanation);
            label.getStyle().set("display", "flex").set("flex-direction", "column").set("text-align", "left")
                    .set("white-space", "normal").set("padding", "var(--lumo-space-xs) 0");
            Button pick = new Button(label);
            pick.addClassName("rw-feeling-card");
            pick.addClassName("rw-level-pick");
            pick.getElement().setAttribute("data-level", level.id());
            pick.setWidthFull();
            pick.getStyle().set("height", "auto").set("margin", "var(--lumo-space-xs) 0");
            pick.addClickListener(e -> Messages.attemptThen(this,
                    () -> service.choose(context.actor(), current.getId(), level.id()),
                    () -> markChosen(level.id())));
            levelButtons.put(level.id(), pick);
            group.add(pick);
        }
        return group;
    }

    private void markChosen(@Nullable String level) {
        levelButtons.forEach((id, button) -> button.getElement().setAttribute("aria-pressed",
                String.valueOf(id.equals(level))));
    }

    private void showCount(int chosen) {
        count.setText(getTranslation("decision.count", chosen,
                Headcount.outOf(context.actor(), context.meetingId(), chosen)));
    }

    private void facilitatorBar(Component... parts) {
        Div bar = new Div(parts);
        bar.addClassName("rw-facilitator-bar");
        body.add(bar);
    }

    /** The case's earlier decisions: text, and the spread where the check was revealed. */
    private void showHistory() {
        history.removeAll();
        List<DecisionService.DecisionRecord> records = service.history(context.actor(), context.caseId()).stream()
                .filter(r -> round == null || !r.round().getId().equals(round.getId())).toList();
        if (records.isEmpty()) {
            return;
        }
        Div list = new Div();
        for (DecisionService.DecisionRecord record : records.reversed()) {
            Div item = new Div(new H4(record.decision().text()));
            item.addClassName("rw-decision-earlier");
            if (record.spread() != null) {
                item.add(new SpreadView(record.spread(), levels));
            } else {
                item.add(new Paragraph(getTranslation(record.round().isEnded()
                        ? "decision.history.private" : "decision.history.open")));
            }
            list.add(item);
        }
        Details details = new Details(getTranslation("decision.history.title", records.size()), list);
        details.addClassName("rw-decision-history");
        history.add(details);
    }
}
