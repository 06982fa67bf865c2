package nl.reflectiewerkplaats.learningorders;

/** What would show that a lesson works: something made (output), a change for the child (outcome), a lasting change in how we work (impact). */
public enum Evidence {
    OUTPUT, OUTCOME, IMPACT
}
