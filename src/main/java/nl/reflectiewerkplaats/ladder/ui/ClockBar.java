package nl.reflectiewerkplaats.ladder.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nl.reflectiewerkplaats.ladder.EscalationClock;

/**
 * The escalation clock as a calm bar from the first day out of school to the three-month limit:
 * filled up to now, with marks at four, eight and twelve weeks and the limit. Drawn on the server
 * with plain elements; the status sentence beside it says the same in words.
 */
final class ClockBar {

    private ClockBar() {
    }

    /** @param labels the marks' labels, separated by "|": four, eight, twelve weeks, three months */
    static Div of(EscalationClock.Reading reading, LocalDate since, String labels) {
        long limitDays = ChronoUnit.DAYS.between(since, since.plusMonths(3));
        double scale = Math.max(limitDays, reading.days());
        Div track = new Div();
        track.addClassName("rw-ladder-clock-bar");
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("position", "relative").set("height", "0.75rem").set("max-width", "48rem")
                .set("margin", "var(--lumo-space-l) 0 var(--lumo-space-l)")
                .set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)");
        Div fill = new Div();
        fill.getStyle().set("position", "absolute").set("left", "0").set("top", "0").set("bottom", "0")
                .set("width", percent(reading.days(), scale))
                .set("background", reading.urgent() ? "var(--lumo-warning-color, #e8a33d)" : "var(--lumo-primary-color-50pct)")
                .set("border-radius", "inherit");
        track.add(fill);
        String[] names = labels.split("\\|");
        long[] at = {EscalationClock.SCHOOL_DAYS, EscalationClock.BREAKTHROUGH_TEAM_DAYS,
                EscalationClock.BREAKTHROUGH_DAYS, limitDays};
        for (int i = 0; i < at.length && i < names.length; i++) {
            Div tick = new Div();
            tick.getStyle().set("position", "absolute").set("top", "-0.2rem").set("height", "1.15rem")
                    .set("width", "2px").set("left", percent(at[i], scale))
                    .set("background", "var(--lumo-contrast-60pct)");
            Span label = new Span(names[i]);
            // the limit's label above the bar, so it never runs into the twelve weeks' label below
            label.getStyle().set("position", "absolute").set("top", i == at.length - 1 ? "-1.35rem" : "1rem")
                    .set("left", percent(at[i], scale))
                    .set("transform", i == at.length - 1 ? "translateX(-100%)" : "translateX(-50%)")
                    .set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                    .set("white-space", "nowrap");
            track.add(tick, label);
        }
        return track;
    }

    private static String percent(double value, double scale) {
        return String.format(Locale.ROOT, "%.2f%%", Math.min(100, 100 * value / scale));
    }
}
