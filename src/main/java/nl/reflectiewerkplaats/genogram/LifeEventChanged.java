package nl.reflectiewerkplaats.genogram;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** An event on a person was added, linked to the timeline, or removed. */
public record LifeEventChanged(String caseId, ChangeKind kind, LifeEvent event) implements CaseEvent {
}
