package nl.reflectiewerkplaats.live;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;

/**
 * Something changed in a case, after it was stored. Features publish these as
 * Spring application events (past-tense records carrying just what changed); the
 * {@link CaseBroadcaster} carries them to every open view of the case.
 */
public interface CaseEvent {

    String caseId();

    /**
     * Whether the event shows case data. If so, only actors who may read the case
     * receive it; if not (e.g. "this meeting was closed"), every open view of the
     * case does.
     */
    default boolean carriesCaseData() {
        return true;
    }

    /**
     * What the receiving actor must be allowed to do with the case to receive it:
     * {@link CaseAction#READ} for most events, {@link CaseAction#MODERATE} for what
     * only the facilitator sees (e.g. who has answered in a private round).
     */
    default CaseAction requiredAction() {
        return CaseAction.READ;
    }

    /**
     * A further filter for events meant for some readers only (e.g. a private answer
     * before the reveal). The broadcaster never sends an event to an actor for whom
     * this is false.
     */
    default boolean visibleTo(Actor actor) {
        return true;
    }

    /**
     * Whether this event tells of a change in who may reach the case (a meeting closed
     * or reopened, a link renewed or extended, a facilitator added). Open views then
     * have their access decided afresh before this event and any later one reaches them.
     */
    default boolean changesAccess() {
        return false;
    }

    /**
     * Whether other app nodes get this event through the change stream
     * ({@link ChangeStreamRelay}); false for what only this node knows of.
     */
    default boolean crossesNodes() {
        return true;
    }
}
