package nl.reflectiewerkplaats.sincelast;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The facilitator let everyone look along with "sinds de vorige keer" of this meeting, or stopped it. */
public record SinceLastShared(String caseId, String meetingId, boolean shared) implements CaseEvent {
}
