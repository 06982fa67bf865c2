package nl.reflectiewerkplaats.learningpoints;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The group answered a leerpunt (or changed its answer or note); carries the answer as stored. */
public record LearningPointAnswered(String caseId, PointAnswer answer) implements CaseEvent {
}
