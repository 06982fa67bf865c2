package nl.reflectiewerkplaats.circles;

import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.experimental.Accessors;

/** What a point in a circle is, with how many of it one circle holds at most. */
@Getter
@Accessors(fluent = true)
@AllArgsConstructor
public enum Mark {
    /** goes well (+) */
    PLUS("+", 3),
    /** must improve (−) */
    MINUS("−", 3),
    /** still unclear (?) */
    QUESTION("?", 5),
    /** a goal (↑) */
    GOAL("↑", 5);

    /** The sign the drawing uses for it. */
    private final String symbol;
    /** How many one circle holds at most. */
    private final int limit;
}
