package nl.reflectiewerkplaats.genogram;

import java.util.Map;
import nl.reflectiewerkplaats.live.CaseEvent;

/** Persons moved (one by dragging, or many by the tidy layout): only their new places. */
public record PositionsChanged(String caseId, DiagramKind diagram, Map<String, Point> positions, String movedBy)
        implements CaseEvent {

    public PositionsChanged {
        positions = Map.copyOf(positions);
    }
}
