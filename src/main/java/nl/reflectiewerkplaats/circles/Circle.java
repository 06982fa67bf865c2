package nl.reflectiewerkplaats.circles;

/** The three circles; each also holds the arrow to the {@link #next()} one. */
public enum Circle {
    CHILD, SCHOOL, HOME;

    /** The circle the arrow from this one points to (kind → school → thuis → kind). */
    public Circle next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
