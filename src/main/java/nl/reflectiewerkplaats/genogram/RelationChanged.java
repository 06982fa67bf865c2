package nl.reflectiewerkplaats.genogram;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A line was added, changed or removed (also when its person was removed). */
public record RelationChanged(String caseId, ChangeKind kind, Relation relation) implements CaseEvent {
}
