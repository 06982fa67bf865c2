package nl.reflectiewerkplaats.learningorders;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A lesson was added, changed or removed (carries it as stored, or as it was). */
public record LessonChanged(String caseId, ChangeKind kind, Lesson lesson) implements CaseEvent {
}
