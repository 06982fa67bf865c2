package nl.reflectiewerkplaats.ladder;

import java.time.LocalDate;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InputDates;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The ladder van effectiviteit of a case. Everyone who may read the case sees it; whoever leads
 * (a facilitator) places the case, sets the way of working and who has the regie, and keeps the
 * dates of the escalation clock. Every change names the version it started from, is stored first
 * and then published on the live path as an immutable {@link LadderState}.
 */
@Service
@RequiredArgsConstructor
public class LadderService {

    private final LadderRepository ladders;
    private final CaseSupport support;
    private final LadderContent content;

    /** The texts of the ladder, in our own words, with the source. */
    public LadderContent content() {
        return content;
    }

    /** Today in the Netherlands by this service's clock: what the escalation clock counts to. */
    public LocalDate today() {
        return support.today();
    }

    public LadderState ladder(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return ladders.findFirstByCaseId(caseId).map(CaseLadder::state).orElseGet(() -> LadderState.empty(caseId));
    }

    /** The escalation clock of the case now. */
    public EscalationClock.Reading escalation(Actor actor, String caseId) {
        return ladder(actor, caseId).clock(today());
    }

    /** A step up or down (or the first placing), with why. */
    public LadderState step(Actor actor, String caseId, long expectedVersion, Rung to, String reason) {
        if (to == null) {
            throw new InvalidInputException("error.input.required", "field.ladder.rung");
        }
        String why = Texts.required(reason, CaseLadder.REASON_MAX_LENGTH, "field.ladder.reason");
        return change(actor, caseId, expectedVersion, ladder -> {
            if (to == ladder.state().rung()) {
                throw new InvalidInputException("error.ladder.sameRung");
            }
            ladder.step(to, why, actor.displayName(), support.now());
        });
    }

    /** The way of working and who has the regie (a role or organisation; may be left empty). */
    public LadderState setWayOfWorking(Actor actor, String caseId, long expectedVersion, @Nullable Approach approach,
                                       String director) {
        String who = Texts.optional(director, CaseLadder.DIRECTOR_MAX_LENGTH, "field.ladder.director");
        return change(actor, caseId, expectedVersion,
                ladder -> ladder.wayOfWorking(approach, who, actor.displayName(), support.now()));
    }

    /**
     * The dates of the escalation clock: since when the child does not go to school, and (once so)
     * from when it goes again. Both empty stops and clears the clock.
     */
    public LadderState setAbsence(Actor actor, String caseId, long expectedVersion, @Nullable LocalDate since,
                                  @Nullable LocalDate backAtSchool) {
        InputDates.sensible(since, "field.ladder.since");
        InputDates.sensible(backAtSchool, "field.ladder.back");
        LocalDate today = today();
        if (since == null && backAtSchool != null) {
            throw new InvalidInputException("error.ladder.backWithoutSince");
        }
        if (since != null && since.isAfter(today) || backAtSchool != null && backAtSchool.isAfter(today)) {
            throw new InvalidInputException("error.ladder.future");
        }
        if (since != null && backAtSchool != null && backAtSchool.isBefore(since)) {
            throw new InvalidInputException("error.ladder.backBeforeSince");
        }
        return change(actor, caseId, expectedVersion,
                ladder -> ladder.absence(since, backAtSchool, actor.displayName(), support.now()));
    }

    private LadderState change(Actor actor, String caseId, long expectedVersion, Consumer<CaseLadder> change) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        CaseLadder ladder = ladders.findFirstByCaseId(caseId).orElseGet(() -> new CaseLadder(caseId));
        if (ladder.editVersion() != expectedVersion) {
            throw new StaleEditException("error.ladder.stale", ladder.state());
        }
        change.accept(ladder);
        CaseLadder saved;
        try {
            saved = ladders.save(ladder);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("error.ladder.stale", ladder(actor, caseId));
        }
        LadderState state = saved.state();
        support.publish(new LadderChanged(caseId, state));
        return state;
    }
}
