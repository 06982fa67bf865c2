package nl.reflectiewerkplaats.circles;

import nl.reflectiewerkplaats.live.CaseEvent;

/** One circle changed (a point or its arrow); carries the whole circle as stored now. */
public record CircleChanged(String caseId, CircleState circle) implements CaseEvent {
}
