package nl.reflectiewerkplaats.agreements;

import java.util.List;
import nl.reflectiewerkplaats.instrument.since.SinceContext;
import nl.reflectiewerkplaats.instrument.since.SinceEntry;
import nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource;
import org.springframework.stereotype.Component;

/** "Sinds de vorige keer": the afspraken made in the previous meeting, with how they stand now. */
@Component
record AgreementsSinceLastTime(AgreementService service) implements SinceLastTimeSource {

    static final String INSTRUMENT = "AGREEMENTS";

    @Override
    public List<SinceEntry> since(SinceContext context) {
        return service.list(context.actor(), context.caseId()).stream()
                .filter(a -> a.meetingId().equals(context.previousMeetingId()))
                .map(a -> new SinceEntry(SinceEntry.Section.AGREED, SinceEntry.Change.STANDING, INSTRUMENT,
                        context.text("agreements.since", a.what(), a.who().isEmpty() ? "–" : a.who(),
                                context.text("agreements.status." + a.status().name())),
                        context.byAt(a.authorName(), a.createdAt()), a.createdAt()))
                .toList();
    }
}
