package nl.reflectiewerkplaats.timeline;

/**
 * The five kinds of event of werkkaart 3, each with the lane it takes by default:
 * who it mostly belongs to (professionals or the family) and whether it is a formal
 * action or fact, or an experience.
 */
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

    private final Party defaultParty;
    private final boolean experience;

    EventKind(Party defaultParty, boolean experience) {
        this.defaultParty = defaultParty;
        this.experience = experience;
    }

    public Party defaultParty() {
        return defaultParty;
    }

    /** Below the line when the timeline shows formal actions above and experiences below. */
    public boolean experience() {
        return experience;
    }
}
