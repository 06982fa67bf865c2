package nl.reflectiewerkplaats.genogram;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A person was added, changed or removed (carries the person as stored, or as it was). */
public record PersonChanged(String caseId, ChangeKind kind, Person person) implements CaseEvent {
}
