package nl.reflectiewerkplaats.timeline;

/**
 * How the two lanes around the line are split, as on werkkaart 3. Switching keeps
 * every event: both splits are read from what each event already holds.
 */
public enum LaneMode {
    /** Professionals above the line, the family below. */
    PARTIES,
    /** Formal actions and facts above, experiences below. */
    ACTIONS_EXPERIENCES;

    /** Whether the event goes above the line in this mode. */
    public boolean above(TimelineEvent event) {
        return switch (this) {
            case PARTIES -> event.getParty() == Party.PROFESSIONALS;
            case ACTIONS_EXPERIENCES -> !event.getKind().experience();
        };
    }
}
