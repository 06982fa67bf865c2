package nl.reflectiewerkplaats.perspective;

/** The two groups of way 1. */
public enum GroupSide {
    HULPVERLENING, GEZIN_NETWERK
}
