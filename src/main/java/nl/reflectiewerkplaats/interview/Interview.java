package nl.reflectiewerkplaats.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reflective interview (werkkaart 2) with one person: the preparation, consent
 * to record, notes per question along the timeline (each may become an event on
 * it), and the feedback afterwards.
 */
@Getter
@ExportRule
@Document("interviews")
public class Interview extends VersionedCaseDocument {

    public static final int PERSON_MAX_LENGTH = 80;
    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int SHORT_MAX_LENGTH = 120;

    /** Who asks: someone who was involved, an independent outsider, or both together. */
    public enum InterviewerKind {
        INVOLVED, INDEPENDENT, BOTH
    }

    /** The note on one question, and the event it became on the timeline, if any. */
    public record AnswerNote(String questionKey, String text, String eventId) {
    }

    /** Who is interviewed, as a role or pseudonym (e.g. "moeder"). */
    private String person;
    private String purpose;
    private String interviewer;
    private InterviewerKind interviewerKind;
    private Set<String> checked = new LinkedHashSet<>();
    /** Who gave consent to record (e.g. "moeder, ook voor Denise (15)"). */
    private String consentBy;
    private LocalDate consentDate;
    private String consentRecordedByName;
    /** Whether the conversation is (being) recorded; only ever true with consent. */
    private boolean recorded;
    private List<AnswerNote> notes = new ArrayList<>();
    private String feedback;
    private LocalDate feedbackDate;
    private String createdByName;
    private Instant createdAt;
    private Instant updatedAt;

    protected Interview() {
    }

    Interview(String caseId, String person, String createdByName, Instant createdAt) {
        super(caseId);
        this.person = person;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String getPurpose() {
        return purpose == null ? "" : purpose;
    }

    public String getInterviewer() {
        return interviewer == null ? "" : interviewer;
    }

    public Set<String> getChecked() {
        return Set.copyOf(checked == null ? Set.of() : checked);
    }

    public boolean hasConsent() {
        return consentBy != null && consentDate != null;
    }

    public List<AnswerNote> getNotes() {
        return List.copyOf(notes == null ? List.of() : notes);
    }

    public Optional<AnswerNote> note(String questionKey) {
        return getNotes().stream().filter(n -> n.questionKey().equals(questionKey)).findFirst();
    }

    public String getFeedback() {
        return feedback == null ? "" : feedback;
    }

    void guide(String person, String purpose, String interviewer, InterviewerKind kind) {
        this.person = person;
        this.purpose = purpose;
        this.interviewer = interviewer;
        this.interviewerKind = kind;
    }

    void check(String item, boolean on) {
        if (checked == null) {
            checked = new LinkedHashSet<>();
        }
        if (on) {
            checked.add(item);
        } else {
            checked.remove(item);
        }
    }

    void consent(String by, LocalDate date, String recordedByName) {
        this.consentBy = by;
        this.consentDate = date;
        this.consentRecordedByName = recordedByName;
        if (by == null) {
            this.recorded = false;
        }
    }

    void setRecorded(boolean recorded) {
        this.recorded = recorded;
    }

    void putNote(AnswerNote note) {
        if (notes == null) {
            notes = new ArrayList<>();
        }
        notes.removeIf(n -> n.questionKey().equals(note.questionKey()));
        notes.add(note);
    }

    void feedback(String text, LocalDate date) {
        this.feedback = text;
        this.feedbackDate = date;
    }

    void touched(Instant at) {
        this.updatedAt = at;
    }
}
