package nl.reflectiewerkplaats.round;

/**
 * How an instrument's view follows the meeting's rounds: given the round it shows
 * (or none) and a round that just changed, what should it do? One rule for every
 * instrument, so a round of another instrument, or the closing of a round a newer one
 * replaced, is handled the same everywhere.
 */
public enum RoundFollow {
    /** Nothing to do. */
    KEEP,
    /** Same round, same phase (e.g. a pinned question): take the new state, keep the view. */
    UPDATE,
    /** Show the changed round (a new one, or a new phase of the shown one). */
    SHOW,
    /** Show no round (the shown one closed, or another instrument's round took over). */
    CLEAR;

    /**
     * @param shown   the round the view shows, or null
     * @param changed the round that changed, of the view's meeting
     * @param handled whether the view's instrument handles rounds like {@code changed}
     */
    public static RoundFollow of(Round shown, Round changed, boolean handled) {
        boolean closed = changed.isEnded();
        if (!handled) {
            return shown != null && !closed ? CLEAR : KEEP;
        }
        if (shown != null && shown.getId().equals(changed.getId())) {
            if (shown.getPhase() == changed.getPhase()) {
                return UPDATE;
            }
            return closed ? CLEAR : SHOW;
        }
        if (!closed && (shown == null || !changed.getOpenedAt().isBefore(shown.getOpenedAt()))) {
            return SHOW;
        }
        return KEEP;
    }
}
