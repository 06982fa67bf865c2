package nl.reflectiewerkplaats.art;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.OnePerMeetingDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** Werkkaart 7: the poem or song text a facilitator offers as the entry to a theme. */
@Getter
@ExportRule
@Document("art_pieces")
public class ArtPiece extends OnePerMeetingDocument {

    public static final int TITLE_MAX_LENGTH = 120;
    public static final int TEXT_MAX_LENGTH = 6000;

    private String title;
    private String text;
    private Instant setAt;

    protected ArtPiece() {
    }

    ArtPiece(String caseId, String meetingId) {
        super(caseId, meetingId);
    }

    /** The stanzas: blocks of lines separated by an empty line. */
    public List<String> stanzas() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    void set(String title, String text, Instant at) {
        this.title = title;
        this.text = text;
        this.setAt = at;
    }
}
