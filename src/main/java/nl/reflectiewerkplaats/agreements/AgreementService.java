package nl.reflectiewerkplaats.agreements;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InputDates;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The afspraken of a case. Anyone in the meeting makes one and sets how it turned out;
 * authors change or remove their own, whoever leads any. Other modules turn something of
 * theirs into an afspraak through {@link #fromGoal} (e.g. a goal in the three circles).
 * Every change is stored first, then published on the live path.
 */
@Service
@RequiredArgsConstructor
public class AgreementService {

    private final AgreementRepository agreements;
    private final CaseSupport support;

    /** Every afspraak of the case, oldest first. */
    public List<AgreementItem> list(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return agreements.findByCaseIdOrderByCreatedAtAsc(caseId).stream().map(Agreement::item).toList();
    }

    /** Makes an afspraak: what is required, the rest may follow. */
    @Addition
    public AgreementItem add(Actor actor, String caseId, String meetingId, String who, String what, String why,
                             String how, @Nullable LocalDate due) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        return store(actor, caseId, meetingId, who, what, why, how, due, "");
    }

    /**
     * The port for other instruments: turns a goal into an afspraak in one action. The
     * goal's text becomes what is agreed; who, why, when and how are filled in afterwards.
     *
     * @param origin where the goal stood, in words (e.g. "Doel in de cirkel Thuis")
     */
    @Addition
    public AgreementItem fromGoal(Actor actor, String caseId, String meetingId, String goal, String origin) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        return store(actor, caseId, meetingId, "", goal, "", "", null,
                Texts.optional(origin, Agreement.WHO_MAX_LENGTH, "field.agreements.what"));
    }

    /** Stores a new afspraak; the caller checked access (so the access log names the public method). */
    private AgreementItem store(Actor actor, String caseId, String meetingId, String who, String what, String why,
                                String how, @Nullable LocalDate due, String origin) {
        Agreement agreement = new Agreement(caseId, meetingId, actor.id(), actor.displayName(), support.now());
        write(agreement, who, what, why, how, due, origin);
        AgreementItem saved = agreements.save(agreement).item();
        support.publish(new AgreementChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    /**
     * Rewrites an afspraak. {@code expectedVersion} is the version the editor started from;
     * if someone changed it since, nothing is written and a stale-edit message carries the
     * afspraak as stored now.
     */
    public AgreementItem edit(Actor actor, String agreementId, long expectedVersion, String who, String what,
                              String why, String how, @Nullable LocalDate due) {
        Agreement agreement = find(agreementId);
        support.access().checkOwnOrModerate(actor, agreement);
        checkVersion(agreement, expectedVersion, "error.agreements.stale");
        write(agreement, who, what, why, how, due, agreement.item().origin());
        AgreementItem saved;
        try {
            saved = agreements.save(agreement).item();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("error.agreements.stale", find(agreementId).item());
        }
        support.publish(new AgreementChanged(saved.caseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    /** Sets how an afspraak turned out (anyone in the meeting: it is the group's look back). */
    public AgreementItem setStatus(Actor actor, String agreementId, AgreementStatus status) {
        Agreement agreement = find(agreementId);
        support.access().check(actor, agreement.getCaseId(), CaseAction.CONTRIBUTE);
        if (status == null) {
            throw new InvalidInputException("error.input.required", "field.agreements.status");
        }
        AgreementItem saved = Stored.update(agreements, () -> find(agreementId),
                a -> a.setStatus(status, actor.displayName(), support.now()), "error.agreements.busy").item();
        support.publish(new AgreementChanged(saved.caseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    /** Removes an afspraak, unless someone changed it since the remover saw it. */
    public void remove(Actor actor, String agreementId, long expectedVersion) {
        Agreement agreement = find(agreementId);
        support.access().checkOwnOrModerate(actor, agreement);
        checkVersion(agreement, expectedVersion, "error.agreements.staleRemove");
        try {
            agreements.delete(agreement);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("error.agreements.staleRemove", find(agreementId).item());
        }
        support.publish(new AgreementChanged(agreement.getCaseId(), ChangeKind.REMOVED, agreement.item()));
    }

    private void write(Agreement agreement, String who, String what, String why, String how, @Nullable LocalDate due,
                       String origin) {
        String whatText = Texts.required(what, Agreement.TEXT_MAX_LENGTH, "field.agreements.what");
        String whoText = Texts.optional(who, Agreement.WHO_MAX_LENGTH, "field.agreements.who");
        String whyText = Texts.optional(why, Agreement.TEXT_MAX_LENGTH, "field.agreements.why");
        String howText = Texts.optional(how, Agreement.TEXT_MAX_LENGTH, "field.agreements.how");
        if (due != null) {
            InputDates.sensible(due, "field.agreements.due");
        }
        agreement.write(whoText, whatText, whyText, howText, due, origin);
    }

    /** A stale edit carries the afspraak as stored now (the immutable item, as everywhere else). */
    private static void checkVersion(Agreement agreement, long expectedVersion, String staleKey) {
        if (agreement.getVersion() != expectedVersion) {
            throw new StaleEditException(staleKey, agreement.item());
        }
    }

    private Agreement find(String agreementId) {
        return Stored.get(agreements, agreementId, "error.agreements.gone");
    }
}
