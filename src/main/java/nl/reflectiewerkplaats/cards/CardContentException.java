package nl.reflectiewerkplaats.cards;

import lombok.Getter;
import lombok.experimental.Accessors;

/** A file under {@code werkkaarten/} is missing, unreadable or breaks the schema. Stops the start. */
@Getter
@Accessors(fluent = true)
public class CardContentException extends RuntimeException {

    private final String file;
    private final String field;

    public CardContentException(String file, String field, String problem) {
        super("Werkkaarten: " + file + (field.isEmpty() ? "" : ", veld '" + field + "'") + ": " + problem);
        this.file = file;
        this.field = field;
    }
}
