package nl.reflectiewerkplaats.facilitation;

/** What an agenda step works with: one of the session view's instruments. */
public enum Instrument {
    DREAM, TIMELINE, GENOGRAM, FIELDS, PERSPECTIVE, LANGUAGE, ART, CLOSING;

    /** The instrument a round belongs to, from the round's topic; empty for a topic of no instrument here. */
    public static java.util.Optional<Instrument> forTopic(String topic) {
        if (topic == null) {
            return java.util.Optional.empty();
        }
        if (topic.startsWith("perspectief:")) {
            return java.util.Optional.of(PERSPECTIVE);
        }
        if (topic.startsWith("spanningsveld:")) {
            return java.util.Optional.of(FIELDS);
        }
        if (topic.startsWith("taal:")) {
            return java.util.Optional.of(LANGUAGE);
        }
        return java.util.Optional.empty();
    }
}
