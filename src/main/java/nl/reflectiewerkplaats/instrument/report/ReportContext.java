package nl.reflectiewerkplaats.instrument.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.modulith.NamedInterface;

/**
 * What a report section may know about the report being made.
 *
 * @param actor        who asked for the report (sections read through the services as this actor)
 * @param rounds       the meeting's rounds in the order they were opened, without those put away unrevealed
 * @param includeNames whether names of participants may appear
 * @param texts        the app's Dutch texts by key, for pictures drawn outside a browser session
 */
@NamedInterface("report")
public record ReportContext(Actor actor, String caseId, String pseudonym, String meetingId, String meetingTitle,
                            LocalDate meetingDate, boolean includeNames, List<Round> rounds,
                            Function<String, String> texts) {

    public ReportContext {
        rounds = List.copyOf(rounds);
    }
}
