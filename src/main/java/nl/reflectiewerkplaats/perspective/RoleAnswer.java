package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.round.RoundAnswer;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One participant's silent answer in their role: the biggest dilemma or fear, how it
 * feels, and where they sit ("zit zoals je je voelt"): how far from the centre and
 * whether turned towards or away from the group.
 */
@ExportRule(roundField = "roundId",
        ownerFields = {"_id", "ownerId", "ownerName", "answeredAt", "version"})
@Getter
@Document("perspective_answers")
@CompoundIndex(name = "round_owner", def = "{'roundId': 1, 'ownerId': 1}", unique = true)
public class RoleAnswer extends RoundAnswer {

    public static final int TEXT_MAX_LENGTH = 600;

    private String roleId;
    private String roleName;
    private String dilemma;
    private String feeling;
    /** 0 = in the centre, 1 = at the edge. */
    private double distance;
    private boolean turnedAway;
    private Instant answeredAt;

    protected RoleAnswer() {
    }

    RoleAnswer(String roundId, String caseId, String ownerId, String ownerName) {
        super(caseId, roundId, ownerId, ownerName);
    }

    void write(RoleCard role, String dilemma, String feeling, double distance, boolean turnedAway, Instant at) {
        this.roleId = role.getId();
        this.roleName = role.getName();
        this.dilemma = dilemma;
        this.feeling = feeling;
        this.distance = distance;
        this.turnedAway = turnedAway;
        this.answeredAt = at;
    }
}
