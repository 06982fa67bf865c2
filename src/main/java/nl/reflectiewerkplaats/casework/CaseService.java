package nl.reflectiewerkplaats.casework;

import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.stereotype.Service;

/** Cases (casussen): the public face of this module for everything about a case itself. */
@Service
@RequiredArgsConstructor
public class CaseService {

    private final CaseRepository cases;
    private final CaseSupport support;

    /** The cases this facilitator leads, newest first. */
    public List<Case> listCases(Actor actor) {
        if (!(actor instanceof Actor.Facilitator facilitator)) {
            throw new NoAccessException();
        }
        return cases.findByFacilitatorIdsContainingOrderByCreatedAtDesc(facilitator.id());
    }

    public Case createCase(Actor actor, String pseudonym, String question) {
        if (!(actor instanceof Actor.Facilitator facilitator)) {
            throw new NoAccessException();
        }
        String name = Texts.required(pseudonym, Case.PSEUDONYM_MAX_LENGTH, "field.pseudonym");
        String text = Texts.optional(question, Case.QUESTION_MAX_LENGTH, "field.question");
        return cases.save(new Case(name, text, facilitator.id(), support.now()));
    }

    /** Shares the case with a co-facilitator, who can then lead its meetings too. */
    public Case shareWith(Actor actor, String caseId, String accountId) {
        support.access().check(actor, caseId, CaseAction.MANAGE);
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidInputException("error.input.required", "field.coFacilitator");
        }
        Case theCase = getCase(actor, caseId);
        if (!theCase.addFacilitator(accountId)) {
            throw new InvalidInputException("error.case.alreadyShared");
        }
        return Stored.save(cases, theCase, "error.case.changedMeanwhile");
    }

    public Case getCase(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return Stored.get(cases, caseId, "error.case.notFound");
    }
}
