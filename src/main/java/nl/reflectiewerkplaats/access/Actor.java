package nl.reflectiewerkplaats.access;

/**
 * Who is asking: a facilitator with an account, or a participant who joined one
 * leerbijeenkomst by its invite link. Every service call that reads or changes case
 * data names its actor.
 */
public sealed interface Actor permits Actor.Facilitator, Actor.Administrator, Actor.Participant {

    /** Stable id: the account id or the participant id. */
    String id();

    String displayName();

    /**
     * Stays the same for one person across meetings of a case (a facilitator's account
     * id; for a participant, a random key kept in their browser), so they can see
     * where they stood last time.
     */
    default String personKey() {
        return id();
    }

    /** Joined a network session as a bestuurder. */
    default boolean bestuurder() {
        return false;
    }

    /** Joined by the watch link: reads along, contributes nothing. */
    default boolean watcher() {
        return false;
    }

    record Facilitator(String id, String displayName) implements Actor {
    }

    /**
     * A beheerder: manages accounts and retention, reads the access log; reaches no
     * case content through this role.
     */
    record Administrator(String id, String displayName) implements Actor {
    }

    /** A participant of one meeting (leerbijeenkomst) of one case. */
    record Participant(String id, String displayName, String caseId, String meetingId, String personKey,
                       boolean bestuurder, boolean watcher) implements Actor {
    }
}
