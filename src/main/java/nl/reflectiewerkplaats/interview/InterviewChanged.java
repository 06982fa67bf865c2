package nl.reflectiewerkplaats.interview;

import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** An interview was added, changed or removed. Interviews are the facilitators' working notes. */
public record InterviewChanged(String caseId, ChangeKind kind, Interview interview) implements CaseEvent {

    @Override
    public CaseAction requiredAction() {
        return CaseAction.MODERATE;
    }
}
