package nl.reflectiewerkplaats.timeline;

import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.experimental.Accessors;

/**
 * The five kinds of event of werkkaart 3, each with the lane it takes by default:
 * who it mostly belongs to (professionals or the family) and whether it is a formal
 * action or fact, or an experience.
 */
@Getter
@Accessors(fluent = true)
@AllArgsConstructor
public enum EventKind {
    /** Beslismoment in de hulpverlening. */
    DECISION(Party.PROFESSIONALS, false),
    /** Cruciaal contact tussen betrokkenen. */
    CONTACT(Party.PROFESSIONALS, false),
    /** Feitelijke gebeurtenis in het gezin. */
    FAMILY_FACT(Party.FAMILY, false),
    /** Uitspraak over wat er speelt en wat nodig is. */
    NEED_STATEMENT(Party.FAMILY, true),
    /** Uitspraak over de beleving. */
    EXPERIENCE(Party.FAMILY, true);

    /** The lane it takes unless the one who adds it chooses another. */
    private final Party defaultParty;
    /** Below the line when the timeline shows formal actions above and experiences below. */
    private final boolean experience;
}
