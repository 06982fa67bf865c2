package nl.reflectiewerkplaats.perspective;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.GroupSpaceChanged;
import nl.reflectiewerkplaats.perspective.PerspectiveEvents.GroupsChanged;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundKind;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.stereotype.Service;

/**
 * Werkkaart 5, way 1: two groups — hulpverlening, and gezin en netwerk — each write in
 * their own space the desired long-term perspective and the first three steps, against
 * a countdown; the other group sees it only at the pitch (the reveal).
 */
@Service
@RequiredArgsConstructor
public class GroupsService {

    /** The two groups' round: each writes in its own space until the pitch (the reveal). */
    public static final RoundKind ROUND = new RoundKind("perspectief:groepen");
    private static final String ROUND_GONE = "error.round.notFound";
    public static final int DEFAULT_MINUTES = 15;

    private final GroupWorkRepository works;
    private final GroupSpaceRepository spaces;
    private final RoundService rounds;
    private final CaseSupport support;

    public Round start(Actor actor, String caseId, String meetingId, int minutes) {
        if (minutes < 1 || minutes > 120) {
            throw new InvalidInputException("error.groups.minutes");
        }
        Round round = rounds.open(actor, caseId, meetingId, ROUND, Round.RevealMode.NAMED);
        works.save(new GroupWork(round.getId(), caseId, meetingId, support.now().plus(Duration.ofMinutes(minutes))));
        for (GroupSide side : GroupSide.values()) {
            spaces.save(new GroupSpace(round.getId(), caseId, side));
        }
        // the round was announced when it opened, before its groups existed: views that looked then look again
        support.publish(new GroupsChanged(caseId, round.getId()));
        return round;
    }

    /** Puts a participant in a group ({@code side} null: in neither). Latecomers can be added any time. */
    public GroupWork assign(Actor actor, String roundId, String participantId, String name, GroupSide side) {
        Round round = groupsRound(actor, roundId);
        support.access().check(actor, round.getCaseId(), CaseAction.MODERATE);
        GroupWork work = work(actor, roundId);
        work.assign(participantId, name, side);
        GroupWork saved = Stored.save(works, work, "error.round.changedMeanwhile");
        support.publish(new GroupsChanged(round.getCaseId(), roundId));
        return saved;
    }

    public GroupWork work(Actor actor, String roundId) {
        groupsRound(actor, roundId);
        return Stored.found(works.findByRoundId(roundId), ROUND_GONE);
    }

    /** A group's space: before the pitch only for its own members, after it for all. */
    public GroupSpace space(Actor actor, String roundId, GroupSide side) {
        Round round = groupsRound(actor, roundId);
        if (!round.isRevealed() && work(actor, roundId).sideOf(actor.id()).filter(side::equals).isEmpty()) {
            throw new InvalidInputException("error.groups.notYourGroup");
        }
        return space(roundId, side);
    }

    /** Writes one part of the actor's group space; a stale edit is refused with the current text. */
    public GroupSpace write(Actor actor, String roundId, GroupSpace.Part part, String text, long expectedVersion) {
        Round round = rounds.answering(actor, roundId, ROUND, "error.groups.pitched");
        GroupWork work = work(actor, roundId);
        GroupSide side = work.sideOf(actor.id()).orElseThrow(() -> new InvalidInputException("error.groups.noGroup"));
        String body = Texts.optional(text, GroupSpace.TEXT_MAX_LENGTH, "field.groupText");
        GroupSpace space = Stored.checkVersion(space(roundId, side), expectedVersion, "error.groups.stale");
        space.set(part, body, actor.displayName());
        GroupSpace saved = Stored.saveUnlessStale(spaces, space, "error.groups.stale", () -> space(roundId, side));
        Set<String> members = new HashSet<>();
        work.getMembers().forEach((id, s) -> {
            if (s == side) {
                members.add(id);
            }
        });
        support.publish(new GroupSpaceChanged(round.getCaseId(), roundId, saved.view(), Set.copyOf(members), false));
        return saved;
    }

    /** Both spaces, side by side, after the pitch. */
    public List<GroupSpace> pitches(Actor actor, String roundId) {
        Round round = groupsRound(actor, roundId);
        if (!round.isRevealed()) {
            throw new InvalidInputException("error.groups.notYetPitched");
        }
        return spaces.findByRoundId(roundId).stream()
                .sorted(Comparator.comparing(GroupSpace::getSide)).toList();
    }

    /** Earlier pitched rounds of the case, oldest first: kept and readable later. */
    public List<List<GroupSpace>> history(Actor actor, String caseId) {
        return rounds.history(actor, caseId, ROUND).stream().filter(Round::isRevealed)
                .map(r -> pitches(actor, r.getId())).toList();
    }

    private Round groupsRound(Actor actor, String roundId) {
        return rounds.get(actor, roundId, ROUND);
    }

    private GroupSpace space(String roundId, GroupSide side) {
        return Stored.found(spaces.findByRoundIdAndSide(roundId, side), ROUND_GONE);
    }
}
