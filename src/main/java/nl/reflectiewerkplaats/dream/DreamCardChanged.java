package nl.reflectiewerkplaats.dream;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** A dream card was added, changed or removed; carries an immutable copy of the card as stored (or as it was, when removed). */
public record DreamCardChanged(String caseId, ChangeKind kind, DreamCardView card) implements CaseEvent {
}
