package nl.reflectiewerkplaats.mdo;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The consent of an MDO was recorded or changed; carries it as stored. */
public record ConsentChanged(String caseId, Consent consent) implements CaseEvent {
}
