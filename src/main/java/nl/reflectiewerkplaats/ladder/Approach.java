package nl.reflectiewerkplaats.ladder;

/** The ways of working together, from light to heavy. */
public enum Approach {
    DIALOGUE, CONSULTATION, COCREATION, ASSERTIVE, FORCING
}
