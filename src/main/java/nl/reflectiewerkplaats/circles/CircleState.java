package nl.reflectiewerkplaats.circles;

import java.util.List;

/**
 * One circle as stored: its points in the order they were added, and the arrow to the
 * next circle. Immutable: what the service returns and the live path carries.
 *
 * @param arrowRevision counts the arrow's edits, for stale-edit checks (0: never written)
 * @param version       the stored circle's version: a view never replaces a newer state with an older one
 */
public record CircleState(String caseId, Circle circle, List<Point> points, String arrow, long arrowRevision,
                          long version) {

    public CircleState {
        points = List.copyOf(points);
    }

    /** The points of one mark, in order. */
    public List<Point> points(Mark mark) {
        return points.stream().filter(p -> p.mark() == mark).toList();
    }

    /**
     * One point in a circle.
     *
     * @param revision counts its edits, for stale-edit checks
     */
    public record Point(String id, Mark mark, String text, String authorId, String authorName, String meetingId,
                        long revision) {
    }
}
