package nl.reflectiewerkplaats.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates a person can mean: years 1900 to 2200. Anything outside (a typo, or a value no
 * form offers) gets a Dutch message instead of reaching the store, which cannot hold
 * the extremes of {@link LocalDate}.
 */
public final class InputDates {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;

    private InputDates() {
    }

    /** The date itself (null stays null), or a message naming the field. */
    public static LocalDate sensible(LocalDate date, String fieldKey) {
        if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
            throw new InvalidInputException("error.input.dateOutOfRange", fieldKey, EARLIEST_YEAR, LATEST_YEAR);
        }
        return date;
    }

    public static Instant sensible(Instant moment, String fieldKey) {
        if (moment != null) {
            int year = moment.isBefore(Instant.parse("0001-01-01T00:00:00Z")) ? 0
                    : moment.isAfter(Instant.parse("9999-12-31T00:00:00Z")) ? 10_000
                    : moment.atZone(ZoneOffset.UTC).getYear();
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                throw new InvalidInputException("error.input.dateOutOfRange", fieldKey, EARLIEST_YEAR, LATEST_YEAR);
            }
        }
        return moment;
    }
}
