package nl.reflectiewerkplaats.learningpoints;

/** How the group answers a leerpunt. */
public enum Answer {
    YES, PARTLY, NO, NOT_APPLICABLE
}
