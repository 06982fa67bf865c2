package nl.reflectiewerkplaats.tensionfield;

/**
 * A placement as stored, for the live path: immutable, without the owner's person key.
 * Who may receive it is decided by {@link PlacementChanged#visibleTo}, as for the
 * placement itself.
 */
public record PlacementView(String id, String roundId, String ownerId, String ownerName, boolean bestuurder,
                            double position, Double movedTo, String moveReason) {
}
