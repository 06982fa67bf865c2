package nl.reflectiewerkplaats.round;

import nl.reflectiewerkplaats.live.CaseEvent;

/** A round opened, was revealed, closed, or got a pinned question. */
public record RoundChanged(String caseId, Round round) implements CaseEvent {
}
