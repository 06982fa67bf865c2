package nl.reflectiewerkplaats.access;

/**
 * Who is asking: a facilitator with an account, or a participant who joined one
 * leerbijeenkomst by its invite link. Every service call that reads or changes case
 * data names its actor.
 */
public sealed interface Actor permits Actor.Facilitator, Actor.Participant {

    /** Stable id: the account id or the participant id. */
    String id();

    String displayName();

    record Facilitator(String id, String displayName) implements Actor {
    }

    /** A participant of one meeting (leerbijeenkomst) of one case. */
    record Participant(String id, String displayName, String caseId, String meetingId) implements Actor {
    }
}
