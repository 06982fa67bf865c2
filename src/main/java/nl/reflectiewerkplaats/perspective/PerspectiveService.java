package nl.reflectiewerkplaats.perspective;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.AnswerChanged;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.RolesChanged;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundKind;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Werkkaart 5, way 3 — roles: the facilitator names the key people; each participant
 * takes one role (never themselves); in silence each writes their biggest dilemma or
 * fear and how it feels, and sits as they feel; the facilitator reveals the table.
 * Built on the shared {@link RoundService}.
 */
@Service
@RequiredArgsConstructor
public class PerspectiveService {

    /** The roles round: a role each, then a silent answer in it. */
    public static final RoundKind ROUND = new RoundKind("perspectief:rollen");
    private static final String ROLE_GONE = "error.role.gone";

    private final RoleCardRepository roles;
    private final RoleAnswerRepository answers;
    private final RoundService rounds;
    private final CaseSupport support;

    public Round openRolesRound(Actor actor, String caseId, String meetingId, Round.RevealMode mode) {
        return rounds.open(actor, caseId, meetingId, ROUND, mode);
    }

    /** Adds a key person. {@code linkedParticipantId}: who is this person in reality (may not play it), or null. */
    @Addition
    public RoleCard addRole(Actor actor, String roundId, String name, boolean childRole, String linkedParticipantId) {
        Round round = rolesRound(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        String roleName = Texts.required(name, RoleCard.NAME_MAX_LENGTH, "field.roleName");
        if (roles.findByRoundIdOrderByCreatedAtAsc(roundId).stream().anyMatch(r -> r.getName().equalsIgnoreCase(roleName))) {
            throw new InvalidInputException("error.role.duplicate");
        }
        RoleCard saved = roles.save(new RoleCard(roundId, round.getCaseId(), roleName, childRole,
                linkedParticipantId == null || linkedParticipantId.isBlank() ? null : linkedParticipantId, support.now()));
        support.publish(new RolesChanged(round.getCaseId(), roundId));
        return saved;
    }

    public void removeRole(Actor actor, String roleId) {
        RoleCard role = Stored.get(roles, roleId, ROLE_GONE);
        support.access().check(actor, role.getCaseId(), CaseAction.MODERATE);
        if (role.isTaken()) {
            throw new InvalidInputException("error.role.takenCannotRemove", role.getTakenByName());
        }
        roles.delete(role);
        support.publish(new RolesChanged(role.getCaseId(), role.getRoundId()));
    }

    public List<RoleCard> roles(Actor actor, String roundId) {
        rolesRound(actor, roundId);
        return roles.findByRoundIdOrderByCreatedAtAsc(roundId);
    }

    /**
     * Takes a role. Never yourself: a participant linked to the person cannot take it.
     * Two at once: the first wins, the second is told who has it.
     */
    public RoleCard chooseRole(Actor actor, String roleId) {
        RoleCard role = Stored.get(roles, roleId, ROLE_GONE);
        Round round = rounds.answering(actor, role.getRoundId(), ROUND, "error.round.closed");
        if (actor.id().equals(role.getLinkedParticipantId())) {
            throw new InvalidInputException("error.role.notYourself");
        }
        if (role.isTaken() && !role.getTakenById().equals(actor.id())) {
            throw new InvalidInputException("error.role.taken", role.getTakenByName());
        }
        role.takeBy(actor.id(), actor.displayName());
        RoleCard saved;
        try {
            saved = roles.save(role);
        } catch (OptimisticLockingFailureException e) {
            RoleCard now = Stored.get(roles, roleId, ROLE_GONE);
            throw new InvalidInputException("error.role.taken", now.getTakenByName() == null ? "" : now.getTakenByName());
        }
        // one role per person: let go of any other
        for (RoleCard other : roles.findByRoundIdOrderByCreatedAtAsc(round.getId())) {
            if (!other.getId().equals(roleId) && actor.id().equals(other.getTakenById())) {
                other.release();
                roles.save(other);
            }
        }
        support.publish(new RolesChanged(round.getCaseId(), round.getId()));
        return saved;
    }

    /** The actor's silent answer in their role. */
    public RoleAnswer answer(Actor actor, String roundId, String dilemma, String feeling, double distance,
                             boolean turnedAway) {
        Round round = rounds.answering(actor, roundId, ROUND, "error.perspective.revealed");
        RoleCard role = roles.findByRoundIdOrderByCreatedAtAsc(roundId).stream()
                .filter(r -> actor.id().equals(r.getTakenById())).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.role.chooseFirst"));
        String d = Texts.required(dilemma, RoleAnswer.TEXT_MAX_LENGTH, "field.dilemma");
        String f = Texts.required(feeling, RoleAnswer.TEXT_MAX_LENGTH, "field.feeling");
        if (Double.isNaN(distance) || distance < 0 || distance > 1) {
            throw new InvalidInputException("error.placement.outOfRange");
        }
        RoleAnswer answer = answers.findByRoundIdAndOwnerId(roundId, actor.id())
                .orElseGet(() -> new RoleAnswer(roundId, round.getCaseId(), actor.id(), actor.displayName()));
        answer.write(role, d, f, distance, turnedAway, support.now());
        RoleAnswer saved = Stored.save(answers, answer, "error.perspective.changedMeanwhile");
        support.publish(new AnswerChanged(round.getCaseId(), roundId, actor.id(), false));
        rounds.announceProgress(round, answers.findByRoundIdOrderByAnsweredAtAsc(roundId).stream()
                .map(RoleAnswer::getOwnerName).toList());
        return saved;
    }

    public Optional<RoleAnswer> myAnswer(Actor actor, String roundId) {
        rolesRound(actor, roundId);
        return answers.findByRoundIdAndOwnerId(roundId, actor.id());
    }

    /** Who has a role but has not answered yet: asked before revealing. For the facilitator. */
    public List<String> missing(Actor actor, String roundId) {
        Round round = rolesRound(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        List<String> answered = answers.findByRoundIdOrderByAnsweredAtAsc(roundId).stream().map(RoleAnswer::getOwnerId).toList();
        return roles.findByRoundIdOrderByCreatedAtAsc(roundId).stream()
                .filter(r -> r.isTaken() && !answered.contains(r.getTakenById()))
                .map(RoleCard::getTakenByName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public List<String> answeredBy(Actor actor, String roundId) {
        Round round = rolesRound(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        return RoundProgress.inNameOrder(answers.findByRoundIdOrderByAnsweredAtAsc(roundId)
                .stream().map(RoleAnswer::getOwnerName).toList());
    }

    /**
     * The table of roles × (dilemma or fear, feeling), with the seating: before the
     * reveal only the actor's own row; after it every row, with who played the role
     * only in a named round.
     */
    public List<TableRow> table(Actor actor, String roundId) {
        Round round = rolesRound(actor, roundId);
        List<TableRow> rows = new ArrayList<>();
        for (RoleAnswer a : answers.findByRoundIdOrderByAnsweredAtAsc(roundId)) {
            if (round.mayShow(a.getOwnerId(), actor.id())) {
                boolean mine = a.getOwnerId().equals(actor.id());
                rows.add(new TableRow(a.getRoleName(), a.getDilemma(), a.getFeeling(), a.getDistance(), a.isTurnedAway(),
                        round.isNamed() || mine ? a.getOwnerName() : "", mine));
            }
        }
        // by role, never in the order people answered (that order could name them)
        rows.sort(Comparator.comparing(TableRow::role, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(TableRow::dilemma).thenComparing(TableRow::feeling));
        return rows;
    }

    /** Earlier revealed roles rounds of the case, oldest first, with their tables: kept and readable later. */
    public List<PastRound> history(Actor actor, String caseId) {
        List<PastRound> past = new ArrayList<>();
        for (Round r : rounds.history(actor, caseId, ROUND)) {
            if (r.isRevealed()) {
                past.add(new PastRound(r, table(actor, r.getId())));
            }
        }
        return past;
    }

    public record PastRound(Round round, List<TableRow> rows) {
    }

    /** One row of the revealed table. {@code playedBy} is empty in an anonymous round. */
    public record TableRow(String role, String dilemma, String feeling, double distance, boolean turnedAway,
                           String playedBy, boolean mine) {
    }

    private Round rolesRound(Actor actor, String roundId) {
        return rounds.get(actor, roundId, ROUND);
    }
}
