package nl.reflectiewerkplaats.tensionfield;

import java.util.Comparator;

/**
 * A marker as one viewer may see it: the label is empty in an anonymous round
 * (names never leave the server), and {@code mine} tells the viewer their own.
 */
public record MarkerView(String placementId, double position, Double movedTo, String moveReason, String label,
                         boolean mine, boolean left, boolean bestuurder) {

    /**
     * The one order markers leave the server in: by place on the line (first place, then
     * where moved to), never by when someone placed — in an anonymous round that order,
     * next to the facilitator's list of who placed, would name each marker.
     */
    public static final Comparator<MarkerView> IN_PLACE_ORDER = Comparator
            .comparingDouble(MarkerView::position).thenComparingDouble(MarkerView::current)
            .thenComparing(m -> m.moveReason() == null ? "" : m.moveReason());

    public double current() {
        return movedTo != null ? movedTo : position;
    }

    /**
     * @param left the owner has left the meeting (the marker stays, marked as such)
     */
    static MarkerView of(PlacementView p, boolean named, String viewerId, boolean left) {
        boolean mine = p.ownerId().equals(viewerId);
        return new MarkerView(p.id(), p.position(), p.movedTo(), p.moveReason(),
                named || mine ? p.ownerName() : "", mine, left, p.bestuurder());
    }
}
