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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
    private final MongoTemplate mongo;
    private final CaseSupport support;
    private final LearningOrders content;

    /** The three orders and the three levels, in our own words, with the source. */
    public LearningOrders content() {
        return content;
    }

    /** The lessons of one meeting, oldest first. */
    public List<Lesson> lessons(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, meetingId, CaseAction.READ);
        return lessons.findByMeetingIdOrderByCreatedAtAsc(meetingId);
    }

    /** Adds what the group learned, under one order of learning. */
    @Addition
    public Lesson add(Actor actor, String caseId, String meetingId, LearningOrder order, String text) {
        support.access().check(actor, caseId, meetingId, CaseAction.CONTRIBUTE);
        ownMeeting(actor, meetingId);
        if (order == null) {
            throw new InvalidInputException("error.input.required", "field.learningorders.order");
        }
        String what = Texts.required(text, Lesson.TEXT_MAX_LENGTH, "field.learningorders.text");
        Lesson saved = lessons.save(new Lesson(null, caseId, meetingId, order, what, null, "", actor.id(),
                actor.displayName(), support.now()));
        support.publish(new LessonChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    /** Moves a lesson to another order of learning. */
    public Lesson sort(Actor actor, String lessonId, LearningOrder order) {
        if (order == null) {
            throw new InvalidInputException("error.input.required", "field.learningorders.order");
        }
        return change(actor, lessonId, new Update().set("order", order));
    }

    /** Says what would show the lesson (output, outcome, impact, or none yet) and how, in a few words. */
    public Lesson show(Actor actor, String lessonId, @Nullable Evidence evidence, String note) {
        String how = Texts.optional(note, NOTE_MAX_LENGTH, "field.learningorders.evidenceNote");
        return change(actor, lessonId, new Update().set("evidence", evidence).set("evidenceNote", how));
    }

    /** Removes a lesson: its author, or whoever leads. */
    public void remove(Actor actor, String lessonId) {
        Lesson lesson = find(lessonId);
        support.access().checkOwnOrModerate(actor, lesson.caseId(), lesson.authorId());
        lessons.delete(lesson);
        support.publish(new LessonChanged(lesson.caseId(), ChangeKind.REMOVED, lesson));
    }

    /** Changes only the given fields of the stored lesson (one write, no lost update of another field). */
    private Lesson change(Actor actor, String lessonId, Update update) {
        Lesson lesson = find(lessonId);
        support.access().check(actor, lesson.caseId(), CaseAction.CONTRIBUTE);
        ownMeeting(actor, lesson.meetingId());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(lessonId)), update, Lesson.class);
        Lesson saved = find(lessonId);
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
