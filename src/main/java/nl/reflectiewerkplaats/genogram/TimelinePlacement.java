package nl.reflectiewerkplaats.genogram;

import java.time.LocalDate;
import java.util.Optional;
import nl.reflectiewerkplaats.access.Actor;

/**
 * Places a person's event on the case's timeline as a linked event (not a copy).
 * Implemented by the timeline feature; with no implementation present, the
 * geno-sociogram does not offer the action.
 */
public interface TimelinePlacement {

    /** The source type the timeline records for events placed from here. */
    String SOURCE_TYPE = "genogram";

    /**
     * @param meetingId the meeting it was placed in, or null when prepared on the case page
     * @param sourceId  the id of the {@link LifeEvent}, so the timeline can link back
     * @return the id of the timeline event, or empty when the timeline did not take it
     */
    Optional<String> place(Actor actor, String caseId, String meetingId, LocalDate date, String title,
                           String description, String sourceId);
}
