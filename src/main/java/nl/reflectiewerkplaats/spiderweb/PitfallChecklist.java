package nl.reflectiewerkplaats.spiderweb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.OnePerMeetingDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** The pitfalls the facilitator ticked in one meeting (an aid for whoever leads it). */
@ExportRule
@Document("pitfall_checklists")
public class PitfallChecklist extends OnePerMeetingDocument {

    private List<String> ticked = new ArrayList<>();
    private Instant updatedAt;

    protected PitfallChecklist() {
    }

    PitfallChecklist(String caseId, String meetingId) {
        super(caseId, meetingId);
    }

    public List<String> getTicked() {
        return List.copyOf(ticked);
    }

    void tick(String pitfall, boolean on, Instant at) {
        ticked.remove(pitfall);
        if (on) {
            ticked.add(pitfall);
        }
        updatedAt = at;
    }
}
