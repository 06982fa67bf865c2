package nl.reflectiewerkplaats.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case's ladder as it stands, immutable: what views show and what a live update carries.
 *
 * @param version  the stored version, for an edit that starts from it (0 before anything was stored)
 * @param rung     the situation; null before anyone placed the case
 * @param director who has the regie (a role or organisation, e.g. "casusregisseur gemeente"); may be empty
 * @param moves    every step up or down, oldest first
 */
public record LadderState(String caseId, long version, @Nullable Rung rung, @Nullable Approach approach,
                          String director, @Nullable LocalDate outOfSchoolSince, @Nullable LocalDate backAtSchool,
                          List<Move> moves, @Nullable Instant updatedAt, String updatedByName) {

    public LadderState {
        moves = List.copyOf(moves);
    }

    /** A case nobody placed yet. */
    static LadderState empty(String caseId) {
        return new LadderState(caseId, 0, null, null, "", null, null, List.of(), null, "");
    }

    /** The escalation clock on {@code today}. */
    public EscalationClock.Reading clock(LocalDate today) {
        return EscalationClock.read(outOfSchoolSince, backAtSchool, today);
    }

    /**
     * One step on the ladder: who, when, from where to where, and why.
     *
     * @param from null for the first placing
     */
    public record Move(Instant at, String byName, @Nullable Rung from, Rung to, String reason) {

        /** Up (+1), down (−1) or a first placing (0). */
        public int direction() {
            return from == null ? 0 : Integer.signum(to.compareTo(from));
        }
    }
}
