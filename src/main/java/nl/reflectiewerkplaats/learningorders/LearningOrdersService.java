package nl.reflectiewerkplaats.learningorders;

import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the group learned in a meeting, sorted into the three orders of learning, with what would
 * show it. Anyone taking part adds a lesson and sorts or marks any (it is the group's lens); authors
 * remove their own, whoever leads any. Kept per meeting. Stored first, then published on the live path.
 */
@Service
@RequiredArgsConstructor
public class LearningOrdersService {

    public static final int NOTE_MAX_LENGTH = 200;

    private final LessonRepository lessons;
    private final CaseSupport support;
    private final LearningOrders content;

    /** The three orders and the three levels, in our own words, with the source. */
    public LearningOrders content() {
        return content;
    }

    /** The lessons of one meeting, oldest first. */
    public List<LessonView> lessons(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, meetingId, CaseAction.READ);
        return lessons.findByMeetingIdOrderByCreatedAtAsc(meetingId).stream().map(Lesson::view).toList();
    }

    /** Adds what the group learned, under one order of learning. */
    @Addition
    public LessonView add(Actor actor, String caseId, String meetingId, LearningOrder order, String text) {
        support.access().check(actor, caseId, meetingId, CaseAction.CONTRIBUTE);
        ownMeeting(actor, meetingId);
        if (order == null) {
            throw new InvalidInputException("error.input.required", "field.learningorders.order");
        }
        String what = Texts.required(text, Lesson.TEXT_MAX_LENGTH, "field.learningorders.text");
        Lesson saved = lessons.save(new Lesson(caseId, meetingId, order, what, actor.id(), actor.displayName(),
                support.now()));
        support.publish(new LessonChanged(caseId, ChangeKind.ADDED, saved.view()));
        return saved.view();
    }

    /** Moves a lesson to another order of learning. */
    public LessonView sort(Actor actor, String lessonId, LearningOrder order) {
        if (order == null) {
            throw new InvalidInputException("error.input.required", "field.learningorders.order");
        }
        return change(actor, lessonId, l -> l.sort(order));
    }

    /** Says what would show the lesson (output, outcome, impact, or none yet) and how, in a few words. */
    public LessonView show(Actor actor, String lessonId, @Nullable Evidence evidence, String note) {
        String how = Texts.optional(note, NOTE_MAX_LENGTH, "field.learningorders.evidenceNote");
        return change(actor, lessonId, l -> l.show(evidence, how));
    }

    /** Removes a lesson: its author, or whoever leads. */
    public void remove(Actor actor, String lessonId) {
        Lesson lesson = find(lessonId);
        support.access().checkOwnOrModerate(actor, lesson.getCaseId(), lesson.getAuthorId());
        lessons.delete(lesson);
        support.publish(new LessonChanged(lesson.getCaseId(), ChangeKind.REMOVED, lesson.view()));
    }

    private LessonView change(Actor actor, String lessonId, java.util.function.Consumer<Lesson> change) {
        Lesson lesson = find(lessonId);
        support.access().check(actor, lesson.getCaseId(), CaseAction.CONTRIBUTE);
        ownMeeting(actor, lesson.view().meetingId());
        LessonView saved = Stored.update(lessons, () -> find(lessonId), change, "error.learningorders.busy").view();
        support.publish(new LessonChanged(saved.caseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    /** A participant works in their own meeting only (an earlier meeting's lessons are kept as they were). */
    private static void ownMeeting(Actor actor, String meetingId) {
        if (actor instanceof Actor.Participant p && !p.meetingId().equals(meetingId)) {
            throw new NoAccessException();
        }
    }

    private Lesson find(String lessonId) {
        return Stored.get(lessons, lessonId, "error.learningorders.gone");
    }
}
