package nl.reflectiewerkplaats.tensionfield;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.round.RoundAnswer;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where one person placed themselves on a spanningsveld in one round: a position
 * between the left pole (0) and the right pole (1), and, after the reveal, where
 * they moved to and why.
 */
@ExportRule(roundField = "roundId", secretFields = "ownerKey",
        ownerFields = {"_id", "ownerId", "ownerName", "placedAt", "movedAt", "version"})
@Getter
@Document("placements")
@CompoundIndex(name = "round_owner", def = "{'roundId': 1, 'ownerId': 1}", unique = true)
public class Placement extends RoundAnswer {

    public static final int REASON_MAX_LENGTH = 200;

    private String meetingId;
    private String fieldId;
    /** The owner's person key, the same across meetings of the case. */
    private String ownerKey;
    /** Placed by a bestuurder in a network reflection. */
    private boolean bestuurder;
    /** 0 = the left pole, 1 = the right pole. */
    private double position;
    /** Where the person moved to in the "move a little" step, or null. */
    private Double movedTo;
    private String moveReason;
    private Instant placedAt;
    private Instant movedAt;

    protected Placement() {
    }

    Placement(String caseId, String meetingId, String roundId, String fieldId, String ownerId, String ownerName,
              String ownerKey, boolean bestuurder, double position, Instant at) {
        super(caseId, roundId, ownerId, ownerName);
        this.ownerKey = ownerKey;
        this.bestuurder = bestuurder;
        this.meetingId = meetingId;
        this.fieldId = fieldId;
        this.position = position;
        this.placedAt = at;
    }

    /** Where the marker stands now: after a move, the new place. */
    public double currentPosition() {
        return movedTo != null ? movedTo : position;
    }

    /** The placement as it is now, for the live path and the markers. */
    public PlacementView view() {
        return new PlacementView(getId(), getRoundId(), getOwnerId(), getOwnerName(), bestuurder, position, movedTo,
                moveReason);
    }

    void placeAt(double position, Instant at) {
        this.position = position;
        this.placedAt = at;
    }

    void moveTo(double to, String reason, Instant at) {
        this.movedTo = to;
        this.moveReason = reason;
        this.movedAt = at;
    }
}
