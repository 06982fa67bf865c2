package nl.reflectiewerkplaats.facilitation;

import java.util.Optional;

/** What an agenda step works with: one of the session view's instruments. */
public enum Instrument {
    DREAM, TIMELINE, GENOGRAM, FIELDS, PERSPECTIVE, LANGUAGE, ART, CLOSING;

    /** The instrument a round belongs to, from the round's topic; empty for a topic of no instrument here. */
    public static Optional<Instrument> forTopic(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        if (topic.startsWith("perspectief:")) {
            return Optional.of(PERSPECTIVE);
        }
        if (topic.startsWith("spanningsveld:")) {
            return Optional.of(FIELDS);
        }
        if (topic.startsWith("taal:")) {
            return Optional.of(LANGUAGE);
        }
        return Optional.empty();
    }
}
