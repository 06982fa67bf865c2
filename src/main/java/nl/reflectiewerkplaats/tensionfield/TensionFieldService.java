package nl.reflectiewerkplaats.tensionfield;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.LearningPhases;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceRegistry;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Placement rounds on the spanningsvelden: everyone places a marker between the two
 * poles in private, the facilitator reveals, then each may move a little and say
 * why. Built on the shared {@link RoundService}.
 */
@Service
@RequiredArgsConstructor
public class TensionFieldService {

    static final String TOPIC_PREFIX = "spanningsveld:";

    private final PlacementRepository placements;
    private final RoundService rounds;
    private final CaseSupport support;
    private final CardCatalog catalog;
    private final PresenceRegistry presence;

    /** Werkkaart 8 runs as the same round on a line from the first phase to the third. */
    public static final String PHASES_ID = "fasen";

    public static String topic(String fieldId) {
        return TOPIC_PREFIX + fieldId;
    }

    /** The field a round is about, if it is a spanningsveld round. */
    public Optional<TensionField> fieldOf(Round round) {
        if (round == null || !round.getTopic().startsWith(TOPIC_PREFIX)) {
            return Optional.empty();
        }
        return line(round.getTopic().substring(TOPIC_PREFIX.length()));
    }

    /** A spanningsveld, or the phases of werkkaart 8 drawn as a line from phase 1 to phase 3. */
    public Optional<TensionField> line(String id) {
        if (PHASES_ID.equals(id)) {
            LearningPhases phases = catalog.learningPhases();
            return Optional.of(new TensionField(PHASES_ID, 8, phases.title(), phases.phases().getFirst().title(),
                    phases.phases().getLast().title(), phases.intro(), List.of(), List.of(), phases.source()));
        }
        return catalog.tensionField(id);
    }

    /** Every line a round can be opened on: the six fields, then the phases. */
    public List<TensionField> lines() {
        List<TensionField> all = new ArrayList<>(catalog.tensionFields());
        line(PHASES_ID).ifPresent(all::add);
        return all;
    }

    public static boolean isPhases(TensionField field) {
        return PHASES_ID.equals(field.id());
    }

    public Round openRound(Actor actor, String caseId, String meetingId, String fieldId, Round.RevealMode mode) {
        if (line(fieldId).isEmpty()) {
            throw new InvalidInputException("error.field.unknown");
        }
        return rounds.open(actor, caseId, meetingId, topic(fieldId), mode);
    }

    /**
     * Places (or re-places) the actor's marker. After the reveal a placement goes into
     * the "move a little" step instead: the first position stays, the new one is the move.
     */
    public Placement place(Actor actor, String roundId, double position) {
        Round round = rounds.get(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.CONTRIBUTE);
        checkPosition(position);
        if (round.isEnded()) {
            throw new InvalidInputException("error.round.closed");
        }
        TensionField field = Stored.found(fieldOf(round), "error.field.unknown");
        Optional<Placement> existing = placements.findByRoundIdAndOwnerId(roundId, actor.id());
        if (round.isRevealed() && existing.isPresent()) {
            return move(actor, roundId, position, existing.get().getMoveReason());
        }
        Placement placement = existing.orElseGet(() -> new Placement(round.getCaseId(), round.getMeetingId(), roundId,
                field.id(), actor.id(), actor.displayName(), actor.personKey(), actor.bestuurder(), position, support.now()));
        placement.placeAt(position, support.now());
        Placement saved = save(placement, actor, roundId, position);
        support.publish(new PlacementChanged(round.getCaseId(), saved.view(), round.isRevealed()));
        if (!round.isRevealed()) {
            rounds.announceProgress(round, placements.findByRoundIdOrderByPlacedAtAsc(roundId).stream()
                    .map(Placement::getOwnerName).toList());
        }
        return saved;
    }

    /** "Move a little": after the reveal, a new place and one sentence on why. */
    public Placement move(Actor actor, String roundId, double to, String reason) {
        Round round = rounds.get(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.CONTRIBUTE);
        checkPosition(to);
        if (!round.isRevealed()) {
            throw new InvalidInputException("error.round.notRevealedYet");
        }
        if (round.isEnded()) {
            throw new InvalidInputException("error.round.closed");
        }
        String why = Texts.optional(reason, Placement.REASON_MAX_LENGTH, "field.moveReason");
        Placement placement = placements.findByRoundIdAndOwnerId(roundId, actor.id())
                .orElseThrow(() -> new InvalidInputException("error.placement.none"));
        placement.moveTo(to, why, support.now());
        Placement saved = Stored.save(placements, placement, "error.placement.changedMeanwhile");
        support.publish(new PlacementChanged(round.getCaseId(), saved.view(), true));
        return saved;
    }

    /** The markers this actor may see in the round: before the reveal only their own. */
    public List<MarkerView> markers(Actor actor, String roundId) {
        return markers(actor, rounds.get(actor, roundId), true);
    }

    /**
     * The markers in place order ({@link MarkerView#IN_PLACE_ORDER}). Who left is marked
     * only in a named round: in an anonymous one "left" next to the list of who is here
     * would name the marker.
     */
    private List<MarkerView> markers(Actor actor, Round round, boolean markWhoLeft) {
        String roundId = round.getId();
        Set<String> here = markWhoLeft && round.isNamed() ? presentIn(round) : null;
        List<MarkerView> views = new ArrayList<>();
        for (Placement p : placements.findByRoundIdOrderByPlacedAtAsc(roundId)) {
            if (round.mayShow(p.getOwnerId(), actor.id())) {
                views.add(MarkerView.of(p.view(), round.isNamed(), actor.id(), here != null && hasLeft(round, here, p.getOwnerId())));
            }
        }
        views.sort(MarkerView.IN_PLACE_ORDER);
        return views;
    }

    /**
     * Where this person stood on the same line in an earlier, revealed round of the
     * case (only their own place; others' places are in the history when named).
     */
    public Optional<Double> lastTime(Actor actor, String roundId) {
        Round round = rounds.get(actor, roundId);
        TensionField field = Stored.found(fieldOf(round), "error.field.unknown");
        for (Placement p : placements.findByCaseIdAndFieldIdAndOwnerKeyOrderByPlacedAtDesc(round.getCaseId(), field.id(),
                actor.personKey())) {
            if (!p.getRoundId().equals(roundId) && rounds.get(actor, p.getRoundId()).isRevealed()) {
                return Optional.of(p.currentPosition());
            }
        }
        return Optional.empty();
    }

    /** Who has placed so far: names, never where. For those who lead the session. */
    public List<String> answeredBy(Actor actor, String roundId) {
        Round round = rounds.get(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        return RoundProgress.inNameOrder(placements.findByRoundIdOrderByPlacedAtAsc(roundId).stream()
                .map(Placement::getOwnerName).toList());
    }

    /** How a marker from a live event looks to this actor (no name in an anonymous round). */
    public MarkerView markerFor(Actor actor, Round round, PlacementView placement) {
        return MarkerView.of(placement, round.isNamed(), actor.id(),
                round.isNamed() && hasLeft(round, presentIn(round), placement.ownerId()));
    }

    /** Revealed rounds of this field in this case, oldest first, with their markers. */
    public List<RoundSnapshot> history(Actor actor, String caseId, String fieldId) {
        List<RoundSnapshot> result = new ArrayList<>();
        for (Round round : rounds.history(actor, caseId, topic(fieldId))) {
            if (round.isRevealed()) {
                result.add(new RoundSnapshot(round, markers(actor, round, false)));
            }
        }
        return result;
    }

    /** Who has the round's meeting open now; only the open round's markers can be "left". */
    private Set<String> presentIn(Round round) {
        return presence.present(round.getMeetingId()).stream().map(Presence::actorId).collect(Collectors.toSet());
    }

    private static boolean hasLeft(Round round, Set<String> here, String ownerId) {
        return !round.isEnded() && !here.contains(ownerId);
    }

    /** A revealed round with its markers, for the history view. */
    public record RoundSnapshot(Round round, List<MarkerView> markers) {
    }

    private Placement save(Placement placement, Actor actor, String roundId, double position) {
        try {
            return placements.save(placement);
        } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
            // two tabs of one person placed at once: the stored one wins, then takes this position
            Placement current = placements.findByRoundIdAndOwnerId(roundId, actor.id()).orElseThrow(() -> e);
            current.placeAt(position, support.now());
            return placements.save(current);
        }
    }

    private static void checkPosition(double position) {
        if (Double.isNaN(position) || position < 0 || position > 1) {
            throw new InvalidInputException("error.placement.outOfRange");
        }
    }
}
