package nl.reflectiewerkplaats.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundKind;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The decision-level check: the facilitator names a decision and opens a silent round;
 * each participant names the level the group reached; after the reveal everyone sees the
 * same spread. Before it, a level reaches no one but the person who chose it — on the
 * live path, the pages, the history, the report and the export ({@link Round#isRevealed}).
 */
@Service
@RequiredArgsConstructor
public class DecisionService {

    public static final String TOPIC = "besluit:niveau";
    /** The silent round in which everyone names the level of one decision. */
    public static final RoundKind ROUND = new RoundKind(TOPIC);

    private final DecisionRepository decisions;
    private final LevelChoiceRepository choices;
    private final RoundService rounds;
    private final CardCatalog catalog;
    private final CaseSupport support;

    /** A decision as the history shows it: its spread only once its round was revealed. */
    public record DecisionRecord(Decision decision, Round round, @Nullable Spread spread) {
    }

    public static boolean isDecisionRound(@Nullable Round round) {
        return ROUND.owns(round);
    }

    /** Stores the decision and opens its silent round (ending any open round of the meeting). */
    public Decision open(Actor actor, String caseId, String meetingId, String text, Round.RevealMode mode) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        String body = Texts.required(text, Decision.TEXT_MAX_LENGTH, "field.decision");
        Round round = rounds.open(actor, caseId, meetingId, ROUND, mode);
        Decision saved = decisions.save(new Decision(null, caseId, meetingId, round.getId(), body, support.now()));
        support.publish(new DecisionEvents.DecisionOpened(caseId, round.getId()));
        return saved;
    }

    /** The actor's level for the decision (replacing an earlier choice), while the round is open. */
    public LevelChoice choose(Actor actor, String roundId, String level) {
        Round round = rounds.answering(actor, roundId, ROUND, "error.decision.closed");
        if (level == null || levels().level(level).isEmpty()) {
            throw new InvalidInputException("error.decision.unknownLevel");
        }
        LevelChoice choice = choices.findByRoundIdAndOwnerId(roundId, actor.id())
                .orElseGet(() -> new LevelChoice(round.getCaseId(), roundId, actor.id(), actor.displayName()));
        choice.choose(level, support.now());
        LevelChoice saved = Stored.save(choices, choice, "error.decision.changedMeanwhile");
        support.publish(new DecisionEvents.LevelChosen(round.getCaseId(), roundId, actor.id()));
        List<LevelChoice> all = choices.findByRoundId(roundId);
        support.publish(new DecisionEvents.ChoicesCounted(round.getCaseId(), roundId, all.size()));
        rounds.announceProgress(round, all.stream().map(LevelChoice::getOwnerName).toList());
        return saved;
    }

    /** The level the actor chose, if any. */
    public Optional<String> mine(Actor actor, String roundId) {
        rounds.get(actor, roundId, ROUND);
        return choices.findByRoundIdAndOwnerId(roundId, actor.id()).map(LevelChoice::getLevel);
    }

    /** How many have chosen: a number anyone in the case may see, never who or what. */
    public int chosenCount(Actor actor, String roundId) {
        rounds.get(actor, roundId, ROUND);
        return choices.findByRoundId(roundId).size();
    }

    /** Who has chosen so far, in name order: for whoever leads the meeting. */
    public List<String> chosenBy(Actor actor, String roundId) {
        Round round = rounds.get(actor, roundId, ROUND);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        return RoundProgress.inNameOrder(choices.findByRoundId(roundId).stream().map(LevelChoice::getOwnerName).toList());
    }

    /** The decision of a round (the text is open to everyone in the case). */
    public Optional<Decision> decision(Actor actor, String roundId) {
        rounds.get(actor, roundId, ROUND);
        return decisions.findByRoundId(roundId);
    }

    /** The spread of the levels once the round was revealed; nothing before (or ever, for a stopped round). */
    public Optional<Spread> spread(Actor actor, String roundId) {
        Round round = rounds.get(actor, roundId, ROUND);
        return round.isRevealed() ? Optional.of(spreadOf(round)) : Optional.empty();
    }

    /** Every decision of the case, oldest first, each with its spread where its round was revealed. */
    public List<DecisionRecord> history(Actor actor, String caseId) {
        Map<String, Round> byId = rounds.history(actor, caseId, ROUND).stream()
                .collect(Collectors.toMap(Round::getId, Function.identity()));
        List<DecisionRecord> records = new ArrayList<>();
        for (Decision decision : decisions.findByCaseIdOrderByTakenAtAsc(caseId)) {
            Round round = byId.get(decision.roundId());
            if (round != null) {
                records.add(new DecisionRecord(decision, round, round.isRevealed() ? spreadOf(round) : null));
            }
        }
        return records;
    }

    public ActInstruments.DecisionLevels levels() {
        return catalog.act().decisionLevels();
    }

    private Spread spreadOf(Round round) {
        List<LevelChoice> all = choices.findByRoundId(round.getId());
        List<Spread.LevelCount> counts = new ArrayList<>();
        for (ActInstruments.Level level : levels().levels()) {
            List<LevelChoice> chose = all.stream().filter(c -> level.id().equals(c.getLevel())).toList();
            List<String> names = round.isNamed()
                    ? RoundProgress.inNameOrder(chose.stream().map(LevelChoice::getOwnerName).toList()) : List.of();
            counts.add(new Spread.LevelCount(level.id(), level.name(), level.acceptable(), chose.size(), names));
        }
        return new Spread(counts);
    }
}
