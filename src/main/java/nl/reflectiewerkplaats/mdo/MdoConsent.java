package nl.reflectiewerkplaats.mdo;

import java.time.Instant;
import java.time.LocalDate;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.OnePerMeetingDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored consent of one MDO (one per meeting). */
@ExportRule(ownerFields = {"recordedById", "recordedBy", "recordedAt"})
@Document("mdo_consents")
public class MdoConsent extends OnePerMeetingDocument {

    public static final int GIVEN_BY_MAX_LENGTH = 120;

    private Consent.AgeGroup ageGroup;
    private Consent.Giver giver;
    private String givenBy;
    private LocalDate givenOn;
    private boolean childTakesPart;
    private boolean parentsTakePart;
    private String recordedById;
    private String recordedBy;
    private Instant recordedAt;

    protected MdoConsent() {
    }

    MdoConsent(String caseId, String meetingId) {
        super(caseId, meetingId);
    }

    void record(Consent.AgeGroup ageGroup, Consent.Giver giver, String givenBy, LocalDate givenOn,
                boolean childTakesPart, boolean parentsTakePart, String recordedById, String recordedBy,
                Instant recordedAt) {
        this.ageGroup = ageGroup;
        this.giver = giver;
        this.givenBy = givenBy;
        this.givenOn = givenOn;
        this.childTakesPart = childTakesPart;
        this.parentsTakePart = parentsTakePart;
        this.recordedById = recordedById;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Consent snapshot() {
        return new Consent(getCaseId(), getMeetingId(), ageGroup, giver, givenBy, givenOn, childTakesPart,
                parentsTakePart, recordedBy, recordedAt, getVersion());
    }
}
