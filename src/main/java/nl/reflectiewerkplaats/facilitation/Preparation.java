package nl.reflectiewerkplaats.facilitation;

import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.OnePerMeetingDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** Werkkaart 1: the facilitator's private preparation of a meeting. Participants never see it. */
@Getter
@ExportRule
@Document("preparations")
public class Preparation extends OnePerMeetingDocument {

    public static final int TEXT_MAX_LENGTH = 4000;

    private String learningQuestion = "";
    private String notes = "";

    protected Preparation() {
    }

    Preparation(String caseId, String meetingId) {
        super(caseId, meetingId);
    }

    void write(String learningQuestion, String notes) {
        this.learningQuestion = learningQuestion;
        this.notes = notes;
    }
}
