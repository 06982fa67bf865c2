package nl.reflectiewerkplaats.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.reflectiewerkplaats.access.Actor;

/** A believable case history for the tests, benchmark and screenshots. */
public final class TimelineSamples {

    private TimelineSamples() {
    }

    private static final List<String> TITLES = List.of(
            "Aanmelding bij het wijkteam", "Huisarts verwijst naar jeugd-ggz", "Ouders gaan uit elkaar",
            "Verhuizing naar Zwolle", "Mentor belt moeder", "Oma overleden", "Moeder: 'het gaat echt niet meer'",
            "Ik voelde me niet gehoord", "Start ambulante begeleiding", "Leerplicht stuurt brief",
            "Overleg school en wijkteam", "Jesse stopt met voetbal", "Wachtlijst jeugd-ggz", "Vader verliest werk",
            "Gezinsgesprek met school", "'We werden van het kastje naar de muur gestuurd'", "Crisisopname",
            "Terug naar huis", "Nieuwe mentor", "MDO op school", "Jesse: 'ik wil gewoon weer naar school'",
            "Besluit tot onderwijsvrijstelling", "Zorgcoördinator aangesteld", "Broertje geboren",
            "Huisbezoek door leerplichtambtenaar", "Moeder voelt zich eindelijk gezien", "Gesprek met casusregisseur",
            "Verwijzing naar speciaal onderwijs", "Opa komt inwonen", "Eerste gesprek doorbraakteam");

    /** {@code count} events of all five kinds between 2016 and 2026, some less precise. */
    public static void addEvents(TimelineService service, Actor actor, String caseId, int count, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2016, 1, 1);
        EventKind[] kinds = EventKind.values();
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays((long) (i * (3650.0 / count)) + random.nextInt(40));
            EventKind kind = kinds[i % kinds.length];
            EventDate.Precision precision = i % 7 == 3 ? EventDate.Precision.MONTH
                    : i % 11 == 5 ? EventDate.Precision.YEAR : EventDate.Precision.DAY;
            service.addEvent(actor, caseId, null, new TimelineEventDraft(new EventDate(date, precision, i % 9 == 4),
                    TITLES.get(i % TITLES.size()), "", i % 2 == 0 ? "moeder" : "school", kind));
        }
    }
}
