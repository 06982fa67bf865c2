package nl.reflectiewerkplaats.ladder;

import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.experimental.Accessors;

/** The five situations on the ladder, from the foot (easiest) to the top; the order is the ladder's. */
@Getter
@Accessors(fluent = true)
@AllArgsConstructor
public enum Rung {
    SIMPLE(Approach.DIALOGUE),
    COMPLICATED(Approach.CONSULTATION),
    COMPLEX(Approach.COCREATION),
    CHAOTIC(Approach.ASSERTIVE),
    STAGNATION(Approach.FORCING);

    /** The way of working that usually fits this situation (the source allows one earlier or later). */
    private final Approach fitting;
}
