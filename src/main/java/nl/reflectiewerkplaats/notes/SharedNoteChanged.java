package nl.reflectiewerkplaats.notes;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A shared note was added or removed; carries it (an immutable record). */
public record SharedNoteChanged(String caseId, ChangeKind kind, SharedNote note) implements CaseEvent {
}
