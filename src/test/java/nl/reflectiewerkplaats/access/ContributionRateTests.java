package nl.reflectiewerkplaats.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.Assumptions;

/** With the real default: a participant adds at most 60 items a minute (a bucket of 60 refilled one a second). */
@StoreTest
class ContributionRateTests {

    @Autowired
    TestData data;
    @Autowired
    SharedNoteService notes;
    @Autowired
    ContributionLimits limits;
    @Autowired
    I18NProvider i18n;

    @Test
    void aParticipantWhoAddsFasterThanTheRateIsAskedToWait() {
        Actor.Facilitator anna = data.facilitator();
        Case c = data.newCase(anna);
        Meeting m = data.newMeeting(anna, c);
        Actor.Participant bram = data.participant(m, "Bram");
        assertThat(limits.perMinute()).isEqualTo(60);
        long start = System.nanoTime();
        int added = 0;
        String refusal = null;
        for (int i = 0; i < 70 && refusal == null; i++) {
            try {
                notes.add(bram, c.getId(), "droom", m.getId(), "notitie " + i);
                added++;
            } catch (UserFacingException e) {
                refusal = i18n.getTranslation(e.messageKey(), Locale.of("nl"), e.arguments());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nTempo: %d notities toegevoegd in %.1f s, daarna: %s%n", added, seconds, refusal);
        Assumptions.assumeTrue(seconds < 55, "te traag voor een minuut-grens");
        // a bucket of 60 that refills one a second: 60 at once, then about one a second more
        assertThat(added).isBetween(60, 60 + (int) Math.ceil(seconds) + 1);
        assertThat(refusal).isEqualTo("Je voegt wel heel snel dingen toe (meer dan 60 per minuut). "
                + "Wacht een minuut en probeer het dan opnieuw.");
        assertThat(notes.notes(anna, c.getId(), "droom")).hasSize(added);
        // the facilitator is not limited
        notes.add(anna, c.getId(), "droom", m.getId(), "van Anna");
    }
}
