package nl.reflectiewerkplaats.agreements;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** An afspraak was added, changed or removed; carries it as stored (or as it was, when removed). */
public record AgreementChanged(String caseId, ChangeKind kind, AgreementItem agreement) implements CaseEvent {
}
