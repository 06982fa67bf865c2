package nl.reflectiewerkplaats.access;

/** What an actor wants to do with a case's data. */
public enum CaseAction {
    /** See the case's workspace and instruments. */
    READ,
    /** Add and change one's own contributions. */
    CONTRIBUTE,
    /** Lead the session: change or remove anyone's contribution, lock, reveal. */
    MODERATE,
    /** Change the case itself, its meetings and invite links. */
    MANAGE
}
