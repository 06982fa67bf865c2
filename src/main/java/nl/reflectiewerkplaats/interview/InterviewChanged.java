package nl.reflectiewerkplaats.interview;

import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/**
 * An interview was added, changed or removed. Interviews are the facilitators' working
 * notes. Carries the interview's id, not the (mutable) document: a view reads the
 * interview again through {@link InterviewService#get}, with its own access check.
 */
public record InterviewChanged(String caseId, ChangeKind kind, String interviewId) implements CaseEvent {

    @Override
    public CaseAction requiredAction() {
        return CaseAction.MODERATE;
    }
}
