package nl.reflectiewerkplaats.notes;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A shared note was added or removed; carries an immutable copy of it. */
public record SharedNoteChanged(String caseId, ChangeKind kind, SharedNoteView note) implements CaseEvent {
}
