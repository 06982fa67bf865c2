package nl.reflectiewerkplaats.ladder;

/** The five situations on the ladder, from the foot (easiest) to the top; the order is the ladder's. */
public enum Rung {
    SIMPLE(Approach.DIALOGUE),
    COMPLICATED(Approach.CONSULTATION),
    COMPLEX(Approach.COCREATION),
    CHAOTIC(Approach.ASSERTIVE),
    STAGNATION(Approach.FORCING);

    private final Approach fitting;

    Rung(Approach fitting) {
        this.fitting = fitting;
    }

    /** The way of working that usually fits this situation (the source allows one earlier or later). */
    public Approach fitting() {
        return fitting;
    }
}
