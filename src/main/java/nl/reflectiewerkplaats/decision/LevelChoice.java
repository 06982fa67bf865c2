package nl.reflectiewerkplaats.decision;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.round.RoundAnswer;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** The level one person named, in silence, for a decision (one of the six, by id). */
@ExportRule(roundField = "roundId", ownerFields = {"_id", "ownerId", "ownerName", "chosenAt", "version"})
@Document("decision_levels")
@CompoundIndex(name = "round_owner", def = "{'roundId': 1, 'ownerId': 1}", unique = true)
public class LevelChoice extends RoundAnswer {

    @Getter
    private String level;
    private Instant chosenAt;

    protected LevelChoice() {
    }

    LevelChoice(String caseId, String roundId, String ownerId, String ownerName) {
        super(caseId, roundId, ownerId, ownerName);
    }

    void choose(String level, Instant at) {
        this.level = level;
        this.chosenAt = at;
    }
}
