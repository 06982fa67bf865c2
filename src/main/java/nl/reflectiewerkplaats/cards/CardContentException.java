package nl.reflectiewerkplaats.cards;

/** A file under {@code werkkaarten/} is missing, unreadable or breaks the schema. Stops the start. */
public class CardContentException extends RuntimeException {

    private final String file;
    private final String field;

    public CardContentException(String file, String field, String problem) {
        super("Werkkaarten: " + file + (field.isEmpty() ? "" : ", veld '" + field + "'") + ": " + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
