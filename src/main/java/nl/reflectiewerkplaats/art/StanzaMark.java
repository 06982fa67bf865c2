package nl.reflectiewerkplaats.art;

import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** "In welke strofe zitten wij?": the stanza one person marks. */
@ExportRule(onlyCounted = true, ownerFields = "actorId")
@Document("stanza_marks")
@CompoundIndex(name = "meeting_actor", def = "{'meetingId': 1, 'actorId': 1}", unique = true)
public class StanzaMark {

    @Id
    private String id;
    private String meetingId;
    private String actorId;
    private int stanza;
    @Version
    private Long version;

    protected StanzaMark() {
    }

    StanzaMark(String meetingId, String actorId) {
        this.meetingId = meetingId;
        this.actorId = actorId;
    }

    public int getStanza() {
        return stanza;
    }

    void setStanza(int stanza) {
        this.stanza = stanza;
    }
}
