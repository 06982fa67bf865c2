package nl.reflectiewerkplaats.ladder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The clock that runs from the day a child stopped going to school (Dullaert, advice 7–9): four
 * weeks for the school and its team, then the casusregisseur has the regie; from eight weeks a
 * doorbraakteam when no fitting place is in sight; at twelve weeks the doorbraak or arbitrage; three
 * months is the limit. Each mark gets a warning shortly before it. A pure calculation: the caller
 * gives "today" (from its injected clock).
 */
public final class EscalationClock {

    /** School and team act until then. */
    public static final int SCHOOL_DAYS = 28;
    /** From then the doorbraakteam is called in when no fitting place is in sight. */
    public static final int BREAKTHROUGH_TEAM_DAYS = 56;
    /** Twelve weeks: doorbraak or arbitrage. */
    public static final int BREAKTHROUGH_DAYS = 84;
    /** How long before the four-week mark the warning shows. */
    public static final int SCHOOL_WARNING_DAYS = 7;

    /** Where the clock stands; the order is the clock's. */
    public enum Phase {
        /** No date known: the clock does not run. */
        NOT_RUNNING,
        /** Within the first three weeks: the school acts, with its team and the parents. */
        SCHOOL,
        /** The last week before four weeks: the regie is about to go to the casusregisseur. */
        SCHOOL_WARNING,
        /** Four to eight weeks: the casusregisseur has the regie. */
        DIRECTION,
        /** Eight to twelve weeks: the twelve-week mark is near; call in the doorbraakteam if nothing is in sight. */
        BREAKTHROUGH_WARNING,
        /** Twelve weeks passed: doorbraak or arbitrage; the three-month limit is days away. */
        BREAKTHROUGH,
        /** Three months passed. */
        PAST_LIMIT,
        /** The child goes to school again: the clock stopped. */
        STOPPED
    }

    /**
     * One reading.
     *
     * @param days       days since the child stopped going (until back at school, if so)
     * @param nextMark   the next mark (four weeks, twelve weeks or the limit); null when none is ahead
     * @param daysToNext days until {@code nextMark}; 0 when none is ahead
     * @param limit      the three-month limit; null when the clock does not run
     */
    public record Reading(Phase phase, long days, @Nullable LocalDate nextMark, long daysToNext,
                          @Nullable LocalDate limit) {

        /** A warning or worse: the group should see it at once. */
        public boolean urgent() {
            return phase == Phase.SCHOOL_WARNING || phase == Phase.BREAKTHROUGH_WARNING
                    || phase == Phase.BREAKTHROUGH || phase == Phase.PAST_LIMIT;
        }

        /** Whole weeks since the child stopped going. */
        public long weeks() {
            return days / 7;
        }

        /**
         * What the reading says, as a message key ({@code ladder.clock.<PHASE>}) with its arguments:
         * weeks, days over the weeks, days to the next mark, days in all. No dates: a sentence may
         * travel in a report.
         */
        public Sentence sentence() {
            return new Sentence("ladder.clock." + phase.name(), new Object[] {weeks(), days % 7, daysToNext, days});
        }
    }

    /** A message key with its arguments, for a view's translation or the report's texts. */
    public record Sentence(String key, Object[] arguments) {

        public Sentence {
            arguments = arguments.clone();
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private EscalationClock() {
    }

    /**
     * The clock on {@code today} for a child who stopped going to school on {@code since} and (if
     * known) went back on {@code backAtSchool}.
     */
    public static Reading read(@Nullable LocalDate since, @Nullable LocalDate backAtSchool, LocalDate today) {
        if (since == null) {
            return new Reading(Phase.NOT_RUNNING, 0, null, 0, null);
        }
        LocalDate limit = since.plusMonths(3);
        if (backAtSchool != null) {
            return new Reading(Phase.STOPPED, Math.max(0, ChronoUnit.DAYS.between(since, backAtSchool)), null, 0,
                    limit);
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(since, today));
        LocalDate school = since.plusDays(SCHOOL_DAYS);
        LocalDate breakthrough = since.plusDays(BREAKTHROUGH_DAYS);
        if (days < SCHOOL_DAYS - SCHOOL_WARNING_DAYS) {
            return reading(Phase.SCHOOL, days, school, today, limit);
        }
        if (days < SCHOOL_DAYS) {
            return reading(Phase.SCHOOL_WARNING, days, school, today, limit);
        }
        if (days < BREAKTHROUGH_TEAM_DAYS) {
            return reading(Phase.DIRECTION, days, breakthrough, today, limit);
        }
        if (days < BREAKTHROUGH_DAYS) {
            return reading(Phase.BREAKTHROUGH_WARNING, days, breakthrough, today, limit);
        }
        if (today.isBefore(limit)) {
            return reading(Phase.BREAKTHROUGH, days, limit, today, limit);
        }
        return new Reading(Phase.PAST_LIMIT, days, null, 0, limit);
    }

    private static Reading reading(Phase phase, long days, LocalDate next, LocalDate today, LocalDate limit) {
        return new Reading(phase, days, next, ChronoUnit.DAYS.between(today, next), limit);
    }
}
