package nl.reflectiewerkplaats.tensionfield;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A shared note on a field was added or removed. */
public record FieldNoteChanged(String caseId, ChangeKind kind, FieldNote note) implements CaseEvent {
}
