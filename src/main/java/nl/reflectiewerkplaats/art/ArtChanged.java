package nl.reflectiewerkplaats.art;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The text of a meeting, or the marks on it, changed. */
public record ArtChanged(String caseId, String meetingId) implements CaseEvent {
}
