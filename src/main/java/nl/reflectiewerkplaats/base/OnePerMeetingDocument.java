package nl.reflectiewerkplaats.base;

import org.springframework.data.mongodb.core.index.Indexed;

/**
 * A versioned case document of which a meeting has at most one (its art piece, its MDO consent,
 * its pitfalls checklist): the meeting's id, stored as {@code meetingId} with a unique index,
 * so a second one for the same meeting cannot be stored even when two people start it at once.
 */
public abstract class OnePerMeetingDocument extends VersionedCaseDocument {

    @Indexed(unique = true)
    private String meetingId;

    protected OnePerMeetingDocument() {
    }

    protected OnePerMeetingDocument(String caseId, String meetingId) {
        super(caseId);
        this.meetingId = meetingId;
    }

    public String getMeetingId() {
        return meetingId;
    }
}
