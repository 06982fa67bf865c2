package nl.reflectiewerkplaats.language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.round.RoundAnswer;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** The feeling cards one person picked in silence in a round (at most three). */
@ExportRule(roundField = "roundId",
        ownerFields = {"_id", "ownerId", "ownerName", "pickedAt", "version"})
@Document("feeling_picks")
@CompoundIndex(name = "round_owner", def = "{'roundId': 1, 'ownerId': 1}", unique = true)
public class FeelingPick extends RoundAnswer {

    public static final int MAX_CARDS = 3;

    private List<String> words = new ArrayList<>();
    private Instant pickedAt;

    protected FeelingPick() {
    }

    FeelingPick(String roundId, String caseId, String ownerId, String ownerName) {
        super(caseId, roundId, ownerId, ownerName);
    }

    public List<String> getWords() {
        return List.copyOf(words);
    }

    void setWords(List<String> words, Instant at) {
        this.words = new ArrayList<>(words);
        this.pickedAt = at;
    }
}
