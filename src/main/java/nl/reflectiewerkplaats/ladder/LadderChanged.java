package nl.reflectiewerkplaats.ladder;

import nl.reflectiewerkplaats.live.CaseEvent;

/** The case's ladder changed: carries it as stored, immutable (the whole ladder is one small thing). */
public record LadderChanged(String caseId, LadderState ladder) implements CaseEvent {
}
