package nl.reflectiewerkplaats.genogram;

/** How a person is drawn, following the usual genogram conventions. */
public enum Shape {
    /** Square. */
    MALE,
    /** Circle. */
    FEMALE,
    /** Diamond: other or unknown. */
    OTHER,
    /** Rounded rectangle: a professional, in the professionals layer. */
    PROFESSIONAL,
    /** Hexagon: an organisation, in the professionals layer. */
    ORGANISATION;

    /** Professionals and organisations form their own layer around the family. */
    public boolean professionalLayer() {
        return this == PROFESSIONAL || this == ORGANISATION;
    }
}
