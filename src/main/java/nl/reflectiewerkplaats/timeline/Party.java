package nl.reflectiewerkplaats.timeline;

/** Whose action or word an event is: the professionals' or the family's. */
public enum Party {
    PROFESSIONALS, FAMILY
}
