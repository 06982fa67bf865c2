package nl.reflectiewerkplaats.facilitation;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The agenda, the current step, the timer or the silence of a meeting changed. */
public record AgendaChanged(String caseId, Agenda agenda) implements CaseEvent {
}
