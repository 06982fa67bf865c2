package nl.reflectiewerkplaats.learningorders;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One thing the group learned in one meeting, sorted into an order of learning, with what would show it. */
@ExportRule
@Document("learning_order_lessons")
public class Lesson extends VersionedCaseDocument {

    public static final int TEXT_MAX_LENGTH = 300;

    @Indexed
    private String meetingId;
    private LearningOrder learningOrder;
    private String text;
    private @Nullable Evidence evidence;
    private String evidenceNote = "";
    private String authorId;
    private String authorName;
    private Instant createdAt;

    protected Lesson() {
    }

    Lesson(String caseId, String meetingId, LearningOrder order, String text, String authorId, String authorName,
           Instant createdAt) {
        super(caseId);
        this.meetingId = meetingId;
        this.learningOrder = order;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    String getAuthorId() {
        return authorId;
    }

    void sort(LearningOrder order) {
        this.learningOrder = order;
    }

    void show(@Nullable Evidence evidence, String note) {
        this.evidence = evidence;
        this.evidenceNote = note;
    }

    public LessonView view() {
        return new LessonView(getId(), getCaseId(), meetingId, learningOrder, text, evidence,
                evidenceNote == null ? "" : evidenceNote, authorId, authorName, createdAt, getVersion());
    }
}
