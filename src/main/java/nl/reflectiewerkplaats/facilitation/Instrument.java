package nl.reflectiewerkplaats.facilitation;

/** What an agenda step works with: one of the session view's instruments. */
public enum Instrument {
    DREAM, FIELDS, PERSPECTIVE, LANGUAGE, ART, CLOSING
}
