package nl.reflectiewerkplaats.interview;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InputDates;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.Party;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.springframework.stereotype.Service;

/**
 * The reflective interviews of a case (werkkaart 2), one per person, kept by the
 * facilitators. Nothing is recorded without consent (who gave it, and when). A noted
 * answer becomes, with one action, an experience event on the case's timeline,
 * linked back to the interview.
 */
@Service
@RequiredArgsConstructor
public class InterviewService {

    public static final String SOURCE_TYPE = "interview";

    private final InterviewRepository interviews;
    private final TimelineService timeline;
    private final CaseSupport support;

    public List<Interview> interviews(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return interviews.findByCaseIdOrderByCreatedAtAsc(caseId);
    }

    public Interview get(Actor actor, String interviewId) {
        Interview interview = find(interviewId);
        support.access().check(actor, interview.getCaseId(), CaseAction.MODERATE);
        return interview;
    }

    /** A new interview with one person (a role or pseudonym, e.g. "moeder"). */
    public Interview create(Actor actor, String caseId, String person) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        String who = Texts.required(person, Interview.PERSON_MAX_LENGTH, "field.interview.person");
        Interview saved = interviews.save(new Interview(caseId, who, actor.displayName(), support.now()));
        support.publish(new InterviewChanged(caseId, ChangeKind.ADDED, saved.getId()));
        return saved;
    }

    /** The preparation: who is interviewed, the purpose, who asks. */
    public Interview saveGuide(Actor actor, String interviewId, long expectedVersion, String person, String purpose,
                               String interviewer, Interview.InterviewerKind kind) {
        Interview interview = get(actor, interviewId);
        Stored.checkVersion(interview, expectedVersion, "error.interview.stale");
        interview.guide(Texts.required(person, Interview.PERSON_MAX_LENGTH, "field.interview.person"),
                Texts.optional(purpose, Interview.TEXT_MAX_LENGTH, "field.interview.purpose"),
                Texts.optional(interviewer, Interview.SHORT_MAX_LENGTH, "field.interview.interviewer"), kind);
        return save(interview);
    }

    public Interview check(Actor actor, String interviewId, String item, boolean checked) {
        Interview interview = get(actor, interviewId);
        if (!InterviewGuide.CHECKLIST.contains(item)) {
            throw new InvalidInputException("error.interview.unknownItem");
        }
        interview.check(item, checked);
        return save(interview);
    }

    /** Consent to record: who gave it and on which date. Both are needed. */
    public Interview recordConsent(Actor actor, String interviewId, String givenBy, LocalDate date) {
        Interview interview = get(actor, interviewId);
        String by = Texts.required(givenBy, Interview.SHORT_MAX_LENGTH, "field.interview.consentBy");
        if (date == null) {
            throw new InvalidInputException("error.interview.consentDate");
        }
        if (date.isAfter(support.today())) {
            throw new InvalidInputException("error.interview.consentFuture");
        }
        InputDates.sensible(date, "field.meetingDate");
        interview.consent(by, date, actor.displayName());
        return save(interview);
    }

    /** Consent withdrawn: the recording mark goes too. */
    public Interview withdrawConsent(Actor actor, String interviewId) {
        Interview interview = get(actor, interviewId);
        interview.consent(null, null, null);
        return save(interview);
    }

    /** Marks that the conversation is recorded; refused without consent. */
    public Interview setRecorded(Actor actor, String interviewId, boolean recorded) {
        Interview interview = get(actor, interviewId);
        if (recorded && !interview.hasConsent()) {
            throw new InvalidInputException("error.interview.noConsent");
        }
        interview.setRecorded(recorded);
        return save(interview);
    }

    /** The note on one question of the card. */
    public Interview saveNote(Actor actor, String interviewId, String questionKey, String text) {
        Interview interview = get(actor, interviewId);
        checkQuestion(questionKey);
        String body = Texts.optional(text, Interview.TEXT_MAX_LENGTH, "field.interview.note");
        String eventId = interview.note(questionKey).map(Interview.AnswerNote::eventId).orElse(null);
        interview.putNote(new Interview.AnswerNote(questionKey, body, eventId));
        return save(interview);
    }

    /**
     * The noted answer becomes an experience event on the case's timeline, linked back
     * to this interview ("uit het interview met …"). One event per note.
     *
     * @param meetingId the meeting, or null when done outside one
     */
    public TimelineEvent noteToTimeline(Actor actor, String interviewId, String questionKey, String meetingId,
                                        EventDate date, String title) {
        Interview interview = get(actor, interviewId);
        checkQuestion(questionKey);
        Interview.AnswerNote note = interview.note(questionKey)
                .filter(n -> !n.text().isBlank())
                .orElseThrow(() -> new InvalidInputException("error.interview.noNote"));
        if (note.eventId() != null) {
            throw new InvalidInputException("error.interview.alreadyOnTimeline");
        }
        String shortTitle = title == null || title.isBlank() ? firstWords(note.text()) : title;
        TimelineEvent event = timeline.addLinkedEvent(actor, interview.getCaseId(), meetingId,
                new TimelineEventDraft(date, shortTitle, note.text(), interview.getPerson(), EventKind.EXPERIENCE,
                        Party.FAMILY, true),
                SOURCE_TYPE, interview.getId(), interview.getPerson());
        interview.putNote(new Interview.AnswerNote(questionKey, note.text(), event.getId()));
        save(interview);
        return event;
    }

    /** What was shared back with the interviewed person, and when. */
    public Interview recordFeedback(Actor actor, String interviewId, String whatWasShared, LocalDate date) {
        Interview interview = get(actor, interviewId);
        String text = Texts.required(whatWasShared, Interview.TEXT_MAX_LENGTH, "field.interview.feedback");
        if (date == null) {
            throw new InvalidInputException("error.interview.feedbackDate");
        }
        InputDates.sensible(date, "field.meetingDate");
        interview.feedback(text, date);
        return save(interview);
    }

    /** Removes the interview; its events stay on the timeline, without the link. */
    public void remove(Actor actor, String interviewId) {
        Interview interview = get(actor, interviewId);
        interviews.delete(interview);
        timeline.unlinkSource(actor, interview.getCaseId(), SOURCE_TYPE, interview.getId());
        support.publish(new InterviewChanged(interview.getCaseId(), ChangeKind.REMOVED, interview.getId()));
    }

    static String firstWords(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79).strip() + "…";
    }

    private void checkQuestion(String questionKey) {
        if (!InterviewGuide.QUESTIONS.contains(questionKey)) {
            throw new InvalidInputException("error.interview.unknownQuestion");
        }
    }

    private Interview save(Interview interview) {
        interview.touched(support.now());
        Interview saved = Stored.saveUnlessStale(interviews, interview, "error.interview.stale",
                () -> find(interview.getId()));
        support.publish(new InterviewChanged(saved.getCaseId(), ChangeKind.UPDATED, saved.getId()));
        return saved;
    }

    private Interview find(String interviewId) {
        return Stored.get(interviews, interviewId == null ? "" : interviewId, "error.interview.gone");
    }
}
