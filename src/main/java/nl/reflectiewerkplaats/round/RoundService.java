package nl.reflectiewerkplaats.round;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.stereotype.Service;

/**
 * The shared "private, then reveal" mechanism. One round at a time is open per
 * meeting: opening a new one ends the previous (closed if it was revealed, else
 * stopped: its answers stay private until the facilitator reveals it later). Instruments (spanningsvelden,
 * perspectiefwissel, …) store their own answers and use {@link Round#mayShow} and
 * the events here to decide who sees what.
 */
@Service
@RequiredArgsConstructor
public class RoundService {

    private static final String ROUND_GONE = "error.round.notFound";

    private final RoundRepository rounds;
    private final CaseSupport support;

    public Round open(Actor actor, String caseId, String meetingId, String topic, Round.RevealMode mode) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        Texts.topic(topic);
        if (mode == null) {
            throw new InvalidInputException("error.input.required", "field.revealMode");
        }
        for (Round earlier : rounds.findByMeetingIdOrderByOpenedAtDesc(meetingId)) {
            if (!earlier.isEnded()) {
                earlier.close();
                publish(save(earlier));
            }
        }
        return publish(save(new Round(caseId, meetingId, topic, mode, support.now())));
    }

    /** Opens a round of the instrument's kind (see {@link #open(Actor, String, String, String, Round.RevealMode)}). */
    public Round open(Actor actor, String caseId, String meetingId, RoundKind kind, Round.RevealMode mode) {
        return open(actor, caseId, meetingId, topicOf(kind), mode);
    }

    /** The meeting's round that has not ended, if it is of this kind. */
    public Optional<Round> current(Actor actor, String caseId, String meetingId, RoundKind kind) {
        return current(actor, caseId, meetingId).filter(r -> kind != null && kind.owns(r));
    }

    /** The round, if it is of this kind; a round of another instrument is "not found" to it. */
    public Round get(Actor actor, String roundId, RoundKind kind) {
        Round round = get(actor, roundId);
        if (kind == null || !kind.owns(round)) {
            throw new NotFoundException(ROUND_GONE);
        }
        return round;
    }

    /**
     * The round of this kind for the actor to answer in: they may contribute to the
     * case, and the round still takes answers (else {@code closedKey} says why not).
     */
    public Round answering(Actor actor, String roundId, RoundKind kind, String closedKey) {
        Round round = get(actor, roundId, kind);
        support.access().check(actor, round.getCaseId(), CaseAction.CONTRIBUTE);
        if (round.getPhase() != Round.Phase.ANSWERING) {
            throw new InvalidInputException(closedKey);
        }
        return round;
    }

    /** All rounds of a case of this kind, oldest first. */
    public List<Round> history(Actor actor, String caseId, RoundKind kind) {
        return history(actor, caseId, topicOf(kind));
    }

    /** The meeting's round that has not ended, if any. */
    public Optional<Round> current(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return rounds.findByMeetingIdOrderByOpenedAtDesc(meetingId).stream()
                .filter(r -> !r.isEnded() && caseId.equals(r.getCaseId()))
                .findFirst();
    }

    public Round get(Actor actor, String roundId) {
        Round round = Stored.get(rounds, roundId, ROUND_GONE);
        support.access().check(actor, round.getCaseId(), CaseAction.READ);
        return round;
    }

    /**
     * Reveals the round: an open one now, or a stopped one later (it stays ended; its
     * answers join the history and the report). A discarded round is never revealed.
     */
    public Round reveal(Actor actor, String roundId) {
        Round round = moderated(actor, roundId);
        if (round.getPhase() == Round.Phase.DISCARDED) {
            throw new InvalidInputException("error.round.discarded");
        }
        if (round.getPhase() != Round.Phase.ANSWERING && !round.isStopped()) {
            return round;
        }
        round.reveal(support.now());
        return publish(save(round));
    }

    /** Ends the round ("Ronde stoppen", "Afronden"): closed if revealed, else stopped and private. */
    public Round close(Actor actor, String roundId) {
        Round round = moderated(actor, roundId);
        round.close();
        return publish(save(round));
    }

    /** Decides that an unrevealed round is never revealed: its answers stay private for good. */
    public Round discard(Actor actor, String roundId) {
        Round round = moderated(actor, roundId);
        if (round.isRevealed()) {
            throw new InvalidInputException("error.round.alreadyRevealed");
        }
        round.close();
        round.discard();
        return publish(save(round));
    }

    /** Rounds of the case that ended without a reveal and were not discarded, oldest first: for the facilitator. */
    public List<Round> stopped(Actor actor, String caseId, String topicPrefix) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return rounds.findByCaseIdOrderByOpenedAtAsc(caseId).stream()
                .filter(r -> r.isStopped() && r.getTopic().startsWith(topicPrefix)).toList();
    }

    /**
     * Which rounds of the case were revealed, and whether with names: for exports
     * and other whole-case views that must apply the same rule as {@link Round#mayShow}.
     */
    public Map<String, Boolean> revealedRounds(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        Map<String, Boolean> revealed = new HashMap<>();
        for (Round r : rounds.findByCaseIdOrderByOpenedAtAsc(caseId)) {
            if (r.isRevealed()) {
                revealed.put(r.getId(), r.isNamed());
            }
        }
        return revealed;
    }

    /** Pins one of the topic's questions for everyone ({@code null} to unpin). */
    public Round pinQuestion(Actor actor, String roundId, Integer question) {
        Round round = moderated(actor, roundId);
        round.pin(question);
        return publish(save(round));
    }

    /** All rounds of a case on one topic, oldest first. */
    public List<Round> history(Actor actor, String caseId, String topic) {
        support.access().check(actor, caseId, CaseAction.READ);
        return rounds.findByCaseIdAndTopicOrderByOpenedAtAsc(caseId, topic);
    }

    /** All rounds of one meeting, oldest first (for the session report). */
    public List<Round> ofMeeting(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        List<Round> all = new ArrayList<>(rounds.findByMeetingIdOrderByOpenedAtDesc(meetingId));
        all.removeIf(r -> !caseId.equals(r.getCaseId()));
        Collections.reverse(all);
        return all;
    }

    /** Tells the facilitator who has answered; called by instruments after storing an answer. */
    public void announceProgress(Round round, List<String> answeredBy) {
        support.publish(new RoundProgress(round.getCaseId(), round.getId(), List.copyOf(answeredBy)));
    }

    /** The kind's topic; none for no kind (the access check still comes first, then the topic is refused). */
    private static String topicOf(RoundKind kind) {
        return kind == null ? null : kind.topic();
    }

    private Round moderated(Actor actor, String roundId) {
        Round round = Stored.get(rounds, roundId, ROUND_GONE);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        return round;
    }

    private Round save(Round round) {
        return Stored.save(rounds, round, "error.round.changedMeanwhile");
    }

    private Round publish(Round round) {
        support.publish(new RoundChanged(round.getCaseId(), round));
        return round;
    }
}
