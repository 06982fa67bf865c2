package nl.reflectiewerkplaats.timeline;

/**
 * What a person fills in for an event. {@code party} may be null: then the kind's
 * default lane is taken. {@code farFutureConfirmed} is set after the person has
 * confirmed a date far in the future.
 */
public record TimelineEventDraft(EventDate date, String title, String description, String who, EventKind kind,
                                 Party party, boolean farFutureConfirmed) {

    public TimelineEventDraft(EventDate date, String title, String description, String who, EventKind kind) {
        this(date, title, description, who, kind, null, false);
    }

    public TimelineEventDraft withDate(EventDate newDate) {
        return new TimelineEventDraft(newDate, title, description, who, kind, party, farFutureConfirmed);
    }

    public TimelineEventDraft confirmed() {
        return new TimelineEventDraft(date, title, description, who, kind, party, true);
    }
}
