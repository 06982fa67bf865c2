package nl.reflectiewerkplaats.circles;

/** What a point in a circle is, with how many of it one circle holds at most. */
public enum Mark {
    /** goes well (+) */
    PLUS("+", 3),
    /** must improve (−) */
    MINUS("−", 3),
    /** still unclear (?) */
    QUESTION("?", 5),
    /** a goal (↑) */
    GOAL("↑", 5);

    private final String symbol;
    private final int limit;

    Mark(String symbol, int limit) {
        this.symbol = symbol;
        this.limit = limit;
    }

    /** The sign the drawing uses for it. */
    public String symbol() {
        return symbol;
    }

    /** How many one circle holds at most. */
    public int limit() {
        return limit;
    }
}
