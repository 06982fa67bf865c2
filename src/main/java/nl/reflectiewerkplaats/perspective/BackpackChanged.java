package nl.reflectiewerkplaats.perspective;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The rugzak of a meeting changed: started, a book in or out, reflection, closed. */
public record BackpackChanged(String caseId, String meetingId, String backpackId) implements CaseEvent {
}
