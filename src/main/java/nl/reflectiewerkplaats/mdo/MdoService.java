package nl.reflectiewerkplaats.mdo;

import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.AgendaPlan;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.stereotype.Service;

/**
 * An MDO: planned as a meeting whose agenda is the six steps, with its consent recorded
 * by whoever leads it. Every change is stored first and then published on the live path.
 */
@Service
@RequiredArgsConstructor
public class MdoService {

    private final MdoConsentRepository consents;
    private final MeetingService meetings;
    private final FacilitationService facilitation;
    /** The MDO's agenda (bean {@code mdoAgenda}; the only {@link AgendaPlan} bean). */
    private final AgendaPlan mdoAgenda;
    private final CaseSupport support;

    /** Plans a new meeting of the case as an MDO: its agenda is the six steps. */
    public Meeting planMdo(Actor actor, String caseId, String title, LocalDate date) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        Meeting meeting = meetings.createMeeting(actor, caseId, title, date);
        facilitation.useTemplate(actor, caseId, meeting.getId(), mdoAgenda.templateId());
        return meeting;
    }

    /** Whether the meeting runs as an MDO (its agenda has the MDO's own step). */
    public boolean isMdo(Actor actor, String caseId, String meetingId) {
        Agenda agenda = facilitation.agenda(actor, caseId, meetingId);
        return agenda.getSteps().stream().anyMatch(s -> MdoConfiguration.PLAN_ID.equals(s.instrument()));
    }

    public Optional<Consent> consent(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return consents.findByMeetingId(meetingId).map(MdoConsent::snapshot);
    }

    /**
     * Records who consented to the MDO and when. The consent must be the parents' while the
     * child is under 16 and the young person's own from 16, given no later than today.
     * {@code expectedVersion} is the version the form was filled from (0 for none yet).
     */
    public Consent recordConsent(Actor actor, String caseId, String meetingId, Consent.AgeGroup ageGroup,
                                 Consent.Giver giver, String givenBy, LocalDate givenOn, boolean childTakesPart,
                                 boolean parentsTakePart, long expectedVersion) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        if (ageGroup == null) {
            throw new InvalidInputException("error.input.required", "field.mdo.ageGroup");
        }
        if (giver != ageGroup.requiredGiver()) {
            throw new InvalidInputException(ageGroup == Consent.AgeGroup.UNDER_16
                    ? "error.mdo.consentOfParents" : "error.mdo.consentOfYoungPerson");
        }
        String who = Texts.required(givenBy, MdoConsent.GIVEN_BY_MAX_LENGTH, "field.mdo.givenBy");
        if (givenOn == null) {
            throw new InvalidInputException("error.input.required", "field.mdo.givenOn");
        }
        if (givenOn.isAfter(DutchTime.today())) {
            throw new InvalidInputException("error.mdo.consentInFuture");
        }
        Optional<MdoConsent> stored = consents.findByMeetingId(meetingId);
        MdoConsent consent = stored.orElseGet(() -> new MdoConsent(caseId, meetingId));
        if (stored.isPresent() && expectedVersion == Consent.NONE) {
            // filled in before anyone recorded one; someone has since
            throw new StaleEditException("error.mdo.consentStale", consent);
        }
        Stored.checkVersion(consent, expectedVersion == Consent.NONE ? 0 : expectedVersion, "error.mdo.consentStale");
        consent.record(ageGroup, giver, who, givenOn, childTakesPart, parentsTakePart, actor.id(),
                actor.displayName(), support.now());
        Consent saved = Stored.saveUnlessStale(consents, consent, "error.mdo.consentStale",
                () -> consents.findByMeetingId(meetingId).orElseThrow()).snapshot();
        support.publish(new ConsentChanged(caseId, saved));
        return saved;
    }
}
