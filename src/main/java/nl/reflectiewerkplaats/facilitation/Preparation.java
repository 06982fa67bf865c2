package nl.reflectiewerkplaats.facilitation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Werkkaart 1: the facilitator's private preparation of a meeting. Participants never see it. */
@nl.reflectiewerkplaats.base.ExportRule
@Document("preparations")
public class Preparation {

    public static final int TEXT_MAX_LENGTH = 4000;

    @Id
    private String id;
    @Indexed(unique = true)
    private String meetingId;
    private String caseId;
    private String learningQuestion = "";
    private String notes = "";
    @Version
    private Long version;

    protected Preparation() {
    }

    Preparation(String caseId, String meetingId) {
        this.caseId = caseId;
        this.meetingId = meetingId;
    }

    public String getLearningQuestion() {
        return learningQuestion;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    void write(String learningQuestion, String notes) {
        this.learningQuestion = learningQuestion;
        this.notes = notes;
    }
}
