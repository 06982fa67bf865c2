package nl.reflectiewerkplaats.timeline;

import java.time.LocalDate;
import java.util.Optional;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.genogram.TimelinePlacement;
import org.springframework.stereotype.Component;

/**
 * Puts an event of the geno-sociogram (a death, a move, broken contact…) on the case's
 * timeline as a linked family fact: one event in two pictures, not a copy. The usual
 * timeline rules apply (lock, watchers, a date is needed).
 */
@Component
class GenogramTimelinePlacement implements TimelinePlacement {

    private final TimelineService timeline;

    GenogramTimelinePlacement(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Override
    public Optional<String> place(Actor actor, String caseId, String meetingId, LocalDate date, String title,
                                  String description, String sourceId) {
        if (date == null) {
            throw new InvalidInputException("error.genogram.timelineNeedsDate");
        }
        TimelineEvent placed = timeline.addLinkedEvent(actor, caseId, meetingId,
                new TimelineEventDraft(EventDate.day(date), title, description == null ? "" : description, "",
                        EventKind.FAMILY_FACT),
                SOURCE_TYPE, sourceId, title);
        return Optional.of(placed.getId());
    }
}
