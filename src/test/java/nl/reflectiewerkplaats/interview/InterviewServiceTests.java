package nl.reflectiewerkplaats.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import nl.reflectiewerkplaats.base.DutchTime;

@StoreTest
@RecordApplicationEvents
class InterviewServiceTests {

    @Autowired
    InterviewService interviews;
    @Autowired
    TimelineService timeline;
    @Autowired
    TestData data;
    @Autowired
    ApplicationEvents published;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    @Test
    void nothingIsRecordedWithoutConsentWithDateAndWhoGaveIt() {
        Interview interview = interviews.create(facilitator, theCase.getId(), "moeder");
        assertThatThrownBy(() -> interviews.setRecorded(facilitator, interview.getId(), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.interview.noConsent");
        assertThatThrownBy(() -> interviews.recordConsent(facilitator, interview.getId(), "moeder", null))
                .hasMessageContaining("error.interview.consentDate");
        assertThatThrownBy(() -> interviews.recordConsent(facilitator, interview.getId(), " ", DutchTime.today()))
                .hasMessageContaining("error.input.required");
        assertThatThrownBy(() -> interviews.recordConsent(facilitator, interview.getId(), "moeder",
                DutchTime.today().plusDays(3))).hasMessageContaining("error.interview.consentFuture");

        Interview consented = interviews.recordConsent(facilitator, interview.getId(), "moeder, ook voor Denise (15)",
                LocalDate.of(2026, 11, 2));
        assertThat(consented.hasConsent()).isTrue();
        assertThat(consented.getConsentRecordedByName()).isEqualTo(facilitator.displayName());
        assertThat(interviews.setRecorded(facilitator, interview.getId(), true).isRecorded()).isTrue();

        Interview withdrawn = interviews.withdrawConsent(facilitator, interview.getId());
        assertThat(withdrawn.hasConsent()).isFalse();
        assertThat(withdrawn.isRecorded()).isFalse();
    }

    @Test
    void aNotedAnswerBecomesAnExperienceOnTheTimelineLinkedBack() {
        Interview interview = interviews.create(facilitator, theCase.getId(), "moeder");
        assertThatThrownBy(() -> interviews.noteToTimeline(facilitator, interview.getId(), "crucial", null,
                new EventDate(LocalDate.of(2019, 3, 1), EventDate.Precision.MONTH, false), ""))
                .hasMessageContaining("error.interview.noNote");
        interviews.saveNote(facilitator, interview.getId(), "crucial",
                "Toen de mentor bij ons thuis kwam, voelde ik me voor het eerst gehoord.");
        TimelineEvent event = interviews.noteToTimeline(facilitator, interview.getId(), "crucial", meeting.getId(),
                new EventDate(LocalDate.of(2019, 3, 14), EventDate.Precision.MONTH, true), "");

        assertThat(event.getKind()).isEqualTo(EventKind.EXPERIENCE);
        assertThat(event.getSourceType()).isEqualTo("interview");
        assertThat(event.getSourceId()).isEqualTo(interview.getId());
        assertThat(event.getSourceLabel()).isEqualTo("moeder");
        assertThat(event.getWho()).isEqualTo("moeder");
        assertThat(event.getDescription()).contains("voor het eerst gehoord");
        assertThat(event.getDate().label()).isEqualTo("ca. maart 2019");
        assertThat(interviews.get(facilitator, interview.getId()).note("crucial").orElseThrow().eventId())
                .isEqualTo(event.getId());
        assertThat(timeline.eventsFromSource(facilitator, theCase.getId(), "interview", interview.getId()))
                .extracting(TimelineEvent::getId).containsExactly(event.getId());
        assertThatThrownBy(() -> interviews.noteToTimeline(facilitator, interview.getId(), "crucial", null,
                EventDate.day(LocalDate.of(2019, 3, 1)), "")).hasMessageContaining("alreadyOnTimeline");

        // removing the interview keeps the event, without the link
        interviews.remove(facilitator, interview.getId());
        TimelineEvent kept = timeline.events(facilitator, theCase.getId()).getFirst();
        assertThat(kept.getId()).isEqualTo(event.getId());
        assertThat(kept.isLinked()).isFalse();
    }

    @Test
    void everyChangeIsAnnouncedWithTheInterviewsIdNotTheDocument() {
        Interview interview = interviews.create(facilitator, theCase.getId(), "opa");
        interviews.recordFeedback(facilitator, interview.getId(), "Besproken met opa", LocalDate.of(2026, 11, 30));
        interviews.remove(facilitator, interview.getId());
        assertThat(published.stream(InterviewChanged.class).filter(e -> interview.getId().equals(e.interviewId())))
                .extracting(InterviewChanged::caseId, InterviewChanged::kind)
                .containsExactly(tuple(theCase.getId(), ChangeKind.ADDED),
                        tuple(theCase.getId(), ChangeKind.UPDATED),
                        tuple(theCase.getId(), ChangeKind.REMOVED));
    }

    @Test
    void theGuideHoldsPurposeWhoAsksChecklistAndFeedback() {
        Interview interview = interviews.create(facilitator, theCase.getId(), "vader");
        Interview guided = interviews.saveGuide(facilitator, interview.getId(), interview.getVersion(), "vader",
                "Begrijpen hoe vader de uithuisplaatsing beleefde", "Els (onafhankelijk)",
                Interview.InterviewerKind.INDEPENDENT);
        interviews.check(facilitator, interview.getId(), "timeline", true);
        Interview fed = interviews.recordFeedback(facilitator, interview.getId(),
                "Verslag van de leerbijeenkomst besproken", LocalDate.of(2026, 12, 1));
        assertThat(guided.getInterviewerKind()).isEqualTo(Interview.InterviewerKind.INDEPENDENT);
        assertThat(fed.getChecked()).containsExactly("timeline");
        assertThat(fed.getFeedbackDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> interviews.recordFeedback(facilitator, interview.getId(), "iets", null))
                .hasMessageContaining("error.interview.feedbackDate");
    }

    @Test
    void participantsCannotReadInterviews() {
        Actor.Participant bram = data.participant(meeting, "Bram");
        assertThatThrownBy(() -> interviews.interviews(bram, theCase.getId())).isInstanceOf(NoAccessException.class);
    }
}
