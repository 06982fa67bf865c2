package nl.reflectiewerkplaats.timeline.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelinePeriod;
import org.jspecify.annotations.Nullable;

/** How the timeline's dates and links read for people. */
public final class TimelineTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private TimelineTexts() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String span(TimelinePeriod p) {
        return day(p.start()) + " – " + day(p.end());
    }

    /** "uit het interview met moeder", "uit het geno-sociogram (oma)", or null when typed on the timeline. */
    public static @Nullable String source(Component context, TimelineEvent e) {
        if (!e.isLinked()) {
            return null;
        }
        String label = e.getSourceLabel() == null ? "" : e.getSourceLabel();
        String key = "timeline.source." + e.getSourceType();
        String text = context.getTranslation(key, label);
        if (text.equals(key) || text.startsWith("!")) {
            text = context.getTranslation("timeline.source.other", e.getSourceType(), label);
        }
        return text.replace(" ()", "").strip();
    }
}
