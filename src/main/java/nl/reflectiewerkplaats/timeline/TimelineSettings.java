package nl.reflectiewerkplaats.timeline;

/**
 * The settings of a case's timeline as stored at one moment: what the views show and
 * the live path carries (immutable).
 *
 * @param highlightedEventId the event lit up for everyone, or null
 */
public record TimelineSettings(LaneMode laneMode, boolean locked, String highlightedEventId, long version) {
}
