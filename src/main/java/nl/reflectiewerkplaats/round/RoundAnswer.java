package nl.reflectiewerkplaats.round;

import lombok.Getter;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;

/**
 * One person's private answer in a "private, then reveal" round (a placement on a
 * spanningsveld, picked feeling cards, an answer in a role): stored under
 * {@code roundId}, {@code ownerId} and {@code ownerName}, one per person and round
 * (each type declares the unique {@code round_owner} index on its collection).
 * Who may see it is the round's rule: {@link Round#mayShow}.
 */
@Getter
public abstract class RoundAnswer extends VersionedCaseDocument {

    private String roundId;
    private String ownerId;
    private String ownerName;

    protected RoundAnswer() {
    }

    protected RoundAnswer(String caseId, String roundId, String ownerId, String ownerName) {
        super(caseId);
        this.roundId = roundId;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
    }
}
