package nl.reflectiewerkplaats.learningpoints;

import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The ten leerpunten of a case: in a meeting anyone who takes part answers a point for the group
 * (ja, deels, nee, n.v.t., with a note); the last answer counts for that meeting. Every meeting's
 * answers are kept, so the case shows how they moved. Stored first, then published on the live path.
 */
@Service
@RequiredArgsConstructor
public class LearningPointsService {

    private final LearningPointAnswerRepository answers;
    private final MeetingService meetings;
    private final CaseSupport support;
    private final LearningPoints points;

    /** The ten points, in our own words, with the source. */
    public LearningPoints points() {
        return points;
    }

    /** The group's answer to one point in this meeting (replacing the meeting's earlier answer to it). */
    public PointAnswer answer(Actor actor, String caseId, String meetingId, String pointId, @Nullable Answer answer,
                              String note) {
        support.access().check(actor, caseId, meetingId, CaseAction.CONTRIBUTE);
        if (actor instanceof Actor.Participant p && !p.meetingId().equals(meetingId)) {
            // a participant answers for their own meeting only
            throw new NoAccessException();
        }
        if (pointId == null || points.point(pointId).isEmpty()) {
            throw new InvalidInputException("error.learningpoints.unknownPoint");
        }
        String text = Texts.optional(note, LearningPointAnswer.NOTE_MAX_LENGTH, "field.learningpoints.note");
        if (answer == null && text.isEmpty()) {
            throw new InvalidInputException("error.learningpoints.empty");
        }
        Meeting meeting = meetings.getMeeting(actor, meetingId);
        LearningPointAnswer stored = answers.findByMeetingIdAndPointId(meetingId, pointId)
                .orElseGet(() -> new LearningPointAnswer(caseId, meetingId, meeting.getTitle(), meeting.getDate(),
                        pointId));
        stored.answer(answer, text, actor.id(), actor.displayName(), support.now());
        PointAnswer saved = Stored.save(answers, stored, "error.learningpoints.changedMeanwhile").view();
        support.publish(new LearningPointAnswered(caseId, saved));
        return saved;
    }

    /** Every meeting's answers of the case, the oldest meeting first, each in the order of the points. */
    public List<PointAnswer> answers(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        List<String> order = points.points().stream().map(LearningPoints.Point::id).toList();
        return answers.findByCaseId(caseId).stream().map(LearningPointAnswer::view)
                .sorted(Comparator.comparing(PointAnswer::meetingDate).thenComparing(PointAnswer::meetingId)
                        .thenComparingInt(a -> order.indexOf(a.pointId())))
                .toList();
    }
}
