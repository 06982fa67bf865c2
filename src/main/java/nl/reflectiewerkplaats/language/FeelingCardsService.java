package nl.reflectiewerkplaats.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundKind;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.stereotype.Service;

/**
 * Werkkaart 6, another language: everyone picks feeling cards in silence; the
 * facilitator lays them all on the table at once (the shared reveal round).
 */
@Service
@RequiredArgsConstructor
public class FeelingCardsService {

    /** The silent feeling-cards round. */
    public static final RoundKind ROUND = new RoundKind("taal:gevoelskaarten");

    private final FeelingPickRepository picks;
    private final RoundService rounds;
    private final CardCatalog catalog;
    private final CaseSupport support;

    public Round open(Actor actor, String caseId, String meetingId, Round.RevealMode mode) {
        return rounds.open(actor, caseId, meetingId, ROUND, mode);
    }

    /** The actor's cards (replacing earlier picks); at most three, from the set. */
    public FeelingPick pick(Actor actor, String roundId, List<String> words) {
        Round round = rounds.answering(actor, roundId, ROUND, "error.feelings.revealed");
        List<String> chosen = words == null ? List.of() : words.stream().distinct().toList();
        if (chosen.size() > FeelingPick.MAX_CARDS) {
            throw new InvalidInputException("error.feelings.tooMany", FeelingPick.MAX_CARDS);
        }
        if (!catalog.feelingCards().allCards().containsAll(chosen)) {
            throw new InvalidInputException("error.feelings.unknown");
        }
        FeelingPick pick = picks.findByRoundIdAndOwnerId(roundId, actor.id())
                .orElseGet(() -> new FeelingPick(roundId, round.getCaseId(), actor.id(), actor.displayName()));
        pick.setWords(chosen, support.now());
        FeelingPick saved = Stored.save(picks, pick, "error.feelings.changedMeanwhile");
        support.publish(new FeelingPicked(round.getCaseId(), roundId, actor.id()));
        rounds.announceProgress(round, picks.findByRoundId(roundId).stream()
                .filter(p -> !p.getWords().isEmpty()).map(FeelingPick::getOwnerName).toList());
        return saved;
    }

    public Optional<FeelingPick> mine(Actor actor, String roundId) {
        feelingRound(actor, roundId);
        return picks.findByRoundIdAndOwnerId(roundId, actor.id());
    }

    /**
     * After the reveal: every picked word with who picked it (names only in a named
     * round; otherwise just how many). Before the reveal: nothing.
     */
    public Map<String, List<String>> table(Actor actor, String roundId) {
        Round round = feelingRound(actor, roundId);
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        if (!round.isRevealed()) {
            return byWord;
        }
        List<FeelingPick> all = picks.findByRoundId(roundId);
        for (String word : catalog.feelingCards().allCards()) {
            List<String> who = all.stream().filter(p -> p.getWords().contains(word))
                    .map(p -> round.isNamed() ? p.getOwnerName() : "").toList();
            if (!who.isEmpty()) {
                byWord.put(word, who);
            }
        }
        return byWord;
    }

    private Round feelingRound(Actor actor, String roundId) {
        return rounds.get(actor, roundId, ROUND);
    }
}
