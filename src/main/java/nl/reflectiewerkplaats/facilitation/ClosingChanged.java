package nl.reflectiewerkplaats.facilitation;

import nl.reflectiewerkplaats.live.CaseEvent;

/** Someone changed their closing verbs. */
public record ClosingChanged(String caseId, String meetingId) implements CaseEvent {
}
