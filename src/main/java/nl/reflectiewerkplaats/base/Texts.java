package nl.reflectiewerkplaats.base;

/** Checks for short user texts, shared by the models so each states its own limits once. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims the text and checks that it is present and within {@code maxLength}.
     *
     * @param fieldKey translation key naming the field, used in the message
     */
    public static String required(String value, int maxLength, String fieldKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("error.input.required", fieldKey);
        }
        return limited(trimmed, maxLength, fieldKey);
    }

    /** Like {@link #required} but an empty text is allowed (and stored as ""). */
    public static String optional(String value, int maxLength, String fieldKey) {
        String trimmed = value == null ? "" : value.strip();
        return limited(trimmed, maxLength, fieldKey);
    }

    /** A topic names what notes or a round are about (an instrument's key, not free text): short, present. */
    public static String topic(String topic) {
        if (topic == null || topic.isBlank() || topic.length() > 200) {
            throw new InvalidInputException("error.input.malformed", "field.topic");
        }
        return topic;
    }

    private static String limited(String trimmed, int maxLength, String fieldKey) {
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new InvalidInputException("error.input.tooLong", fieldKey, maxLength);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidInputException("error.input.malformed", fieldKey);
            }
        }
        if (!"field.username".equals(fieldKey)) {
            SensitiveText.check(trimmed);
        }
        return trimmed;
    }
}
