package nl.reflectiewerkplaats.tensionfield;

/**
 * A marker as one viewer may see it: the label is empty in an anonymous round
 * (names never leave the server), and {@code mine} tells the viewer their own.
 */
public record MarkerView(String placementId, double position, Double movedTo, String moveReason, String label,
                         boolean mine, boolean left, boolean bestuurder) {

    public double current() {
        return movedTo != null ? movedTo : position;
    }

    /**
     * @param left the owner has left the meeting (the marker stays, marked as such)
     */
    static MarkerView of(Placement p, boolean named, String viewerId, boolean left) {
        boolean mine = p.getOwnerId().equals(viewerId);
        return new MarkerView(p.getId(), p.getPosition(), p.getMovedTo(), p.getMoveReason(),
                named || mine ? p.getOwnerName() : "", mine, left, p.isBestuurder());
    }
}
