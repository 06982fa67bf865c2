package nl.reflectiewerkplaats.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The product's calendar is Dutch: "today", the day of a meeting and the end of an
 * invite link's day are days in the Netherlands, whatever zone the server runs in
 * (servers and CI machines usually run in UTC, an hour or two behind).
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** Today in the Netherlands. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Today in the Netherlands by the given clock (whatever its own zone). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
