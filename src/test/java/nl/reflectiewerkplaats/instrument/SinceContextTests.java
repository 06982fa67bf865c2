package nl.reflectiewerkplaats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import org.junit.jupiter.api.Test;

/**
 * The window of "sinds de vorige keer": an item added in it is "nieuw", one added before but changed
 * in it "gewijzigd" (by who changed it, when), one untouched since before it is not listed.
 */
class SinceContextTests {

    private static final LocalDate PREVIOUS = LocalDate.of(2026, 11, 11);
    private static final Instant FROM = PREVIOUS.atStartOfDay(DutchTime.ZONE).toInstant();
    private static final Instant NOW = Instant.parse("2026-12-02T09:30:00Z");

    private final SinceContext context = new SinceContext(new Actor.Facilitator("f1", "Anna"), "c1", "m2", "m1",
            PREVIOUS, FROM, NOW, (key, args) -> key + Arrays.toString(args));

    @Test
    void addedInTheWindowIsNewChangedInItIsChangedOlderIsLeftOut() {
        Instant before = FROM.minusSeconds(60);
        Instant during = Instant.parse("2026-11-11T14:05:00Z");

        assertThat(context.addedOrChanged("TIMELINE", "Verhuizing", during, "Bram", during, "Bram")).hasValueSatisfying(e -> {
            assertThat(e.change()).isEqualTo(SinceEntry.Change.ADDED);
            assertThat(e.section()).isEqualTo(SinceEntry.Section.CHANGED);
            assertThat(e.detail()).isEqualTo("sincelast.byAt[Bram, 11 nov 15:05]");
        });
        assertThat(context.addedOrChanged("GENOGRAM", "Oma", before, "Anna", during, "Carla")).hasValueSatisfying(e -> {
            assertThat(e.change()).isEqualTo(SinceEntry.Change.CHANGED);
            assertThat(e.detail()).as("who changed it, at Dutch time").isEqualTo("sincelast.byAt[Carla, 11 nov 15:05]");
            assertThat(e.at()).isEqualTo(during);
        });
        assertThat(context.addedOrChanged("GENOGRAM", "Opa", before, "Anna", before, "Anna")).isEmpty();
        // documents stored before changes were kept have no change time: only their adding counts
        assertThat(context.addedOrChanged("GENOGRAM", "Tante", before, "Anna", null, null)).isEmpty();
        assertThat(context.addedOrChanged("GENOGRAM", "Later", NOW.plusSeconds(1), "Anna", null, null)).isEmpty();
        assertThat(context.within(FROM)).isTrue();
        assertThat(context.within(NOW)).isTrue();
    }
}
