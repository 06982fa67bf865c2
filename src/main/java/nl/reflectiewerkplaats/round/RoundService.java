package nl.reflectiewerkplaats.round;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The shared "private, then reveal" mechanism. One round at a time is open per
 * meeting: opening a new one closes the previous. Instruments (spanningsvelden,
 * perspectiefwissel, …) store their own answers and use {@link Round#mayShow} and
 * the events here to decide who sees what.
 */
@Service
public class RoundService {

    private final RoundRepository rounds;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(RoundRepository rounds, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public Round open(Actor actor, String caseId, String meetingId, String topic, Round.RevealMode mode) {
        access.check(actor, caseId, CaseAction.MODERATE);
        nl.reflectiewerkplaats.base.Texts.topic(topic);
        if (mode == null) {
            throw new InvalidInputException("error.input.required", "field.revealMode");
        }
        for (Round earlier : rounds.findByMeetingIdOrderByOpenedAtDesc(meetingId)) {
            if (earlier.getPhase() != Round.Phase.CLOSED) {
                earlier.close();
                publish(save(earlier));
            }
        }
        return publish(save(new Round(caseId, meetingId, topic, mode, clock.instant())));
    }

    /** The meeting's round that is not closed, if any. */
    public Optional<Round> current(Actor actor, String caseId, String meetingId) {
        access.check(actor, caseId, CaseAction.READ);
        return rounds.findByMeetingIdOrderByOpenedAtDesc(meetingId).stream()
                .filter(r -> r.getPhase() != Round.Phase.CLOSED && caseId.equals(r.getCaseId()))
                .findFirst();
    }

    public Round get(Actor actor, String roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("error.round.notFound"));
        access.check(actor, round.getCaseId(), CaseAction.READ);
        return round;
    }

    public Round reveal(Actor actor, String roundId) {
        Round round = moderated(actor, roundId);
        if (round.getPhase() != Round.Phase.ANSWERING) {
            return round;
        }
        round.reveal(clock.instant());
        return publish(save(round));
    }

    public Round close(Actor actor, String roundId) {
        Round round = moderated(actor, roundId);
        round.close();
        return publish(save(round));
    }

    /** Pins one of the topic's questions for everyone ({@code null} to unpin). */
    public Round pinQuestion(Actor actor, String roundId, Integer question) {
        Round round = moderated(actor, roundId);
        round.pin(question);
        return publish(save(round));
    }

    /** All rounds of a case on one topic, oldest first. */
    public List<Round> history(Actor actor, String caseId, String topic) {
        access.check(actor, caseId, CaseAction.READ);
        return rounds.findByCaseIdAndTopicOrderByOpenedAtAsc(caseId, topic);
    }

    /** All rounds of one meeting, oldest first (for the session report). */
    public List<Round> ofMeeting(Actor actor, String caseId, String meetingId) {
        access.check(actor, caseId, CaseAction.READ);
        List<Round> all = new java.util.ArrayList<>(rounds.findByMeetingIdOrderByOpenedAtDesc(meetingId));
        all.removeIf(r -> !caseId.equals(r.getCaseId()));
        java.util.Collections.reverse(all);
        return all;
    }

    /** Tells the facilitator who has answered; called by instruments after storing an answer. */
    public void announceProgress(Round round, List<String> answeredBy) {
        events.publishEvent(new RoundProgress(round.getCaseId(), round.getId(), List.copyOf(answeredBy)));
    }

    private Round moderated(Actor actor, String roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("error.round.notFound"));
        access.check(actor, round.getCaseId(), CaseAction.MODERATE);
        return round;
    }

    private Round save(Round round) {
        try {
            return rounds.save(round);
        } catch (OptimisticLockingFailureException e) {
            throw new InvalidInputException("error.round.changedMeanwhile");
        }
    }

    private Round publish(Round round) {
        events.publishEvent(new RoundChanged(round.getCaseId(), round));
        return round;
    }
}
