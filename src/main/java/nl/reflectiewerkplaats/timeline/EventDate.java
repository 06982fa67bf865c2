package nl.reflectiewerkplaats.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date told as precisely as it is known: a day, a month or a year, and perhaps
 * only "ongeveer". The stored date is the first day of what is known (the first of
 * the month, the first of January).
 */
public record EventDate(LocalDate date, Precision precision, boolean approximate) {

    public enum Precision {
        DAY, MONTH, YEAR
    }

    private static final Locale DUTCH = Locale.of("nl", "NL");

    public EventDate {
        if (date != null && precision != null) {
            date = switch (precision) {
                case DAY -> date;
                case MONTH -> date.withDayOfMonth(1);
                case YEAR -> date.withDayOfYear(1);
            };
        }
    }

    public static EventDate day(LocalDate date) {
        return new EventDate(date, Precision.DAY, false);
    }

    /** The last day the date may stand for (the date itself for a day). */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.plusMonths(1).minusDays(1);
            case YEAR -> date.plusYears(1).minusDays(1);
        };
    }

    /** The date as a person would say it, e.g. "ca. maart 2021". */
    public String label() {
        String text = switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMMM yyyy", DUTCH));
            case YEAR -> String.valueOf(date.getYear());
        };
        return approximate ? "ca. " + text : text;
    }
}
