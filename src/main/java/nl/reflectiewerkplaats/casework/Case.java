package nl.reflectiewerkplaats.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A casus: a stuck case the group reflects on, known only by a pseudonym. Its
 * instruments (tijdlijn, geno-sociogram, …) last across its meetings.
 */
@Getter
@ExportRule
@Document("cases")
public class Case {

    public static final int PSEUDONYM_MAX_LENGTH = 60;
    public static final int QUESTION_MAX_LENGTH = 1000;

    @Id
    private String id;
    private String pseudonym;
    /** The question or stagnation the group works on. */
    private String question;
    @Indexed
    private List<String> facilitatorIds = new ArrayList<>();
    private Instant createdAt;
    @Version
    private Long version;

    protected Case() {
    }

    Case(String pseudonym, String question, String facilitatorId, Instant createdAt) {
        this.pseudonym = pseudonym;
        this.question = question;
        this.facilitatorIds.add(facilitatorId);
        this.createdAt = createdAt;
    }

    public List<String> getFacilitatorIds() {
        return List.copyOf(facilitatorIds);
    }

    /** @return false when the facilitator already shared the case */
    boolean addFacilitator(String accountId) {
        if (facilitatorIds.contains(accountId)) {
            return false;
        }
        facilitatorIds.add(accountId);
        return true;
    }
}
