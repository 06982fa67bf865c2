package nl.reflectiewerkplaats.dream;

/** Which question a card answers: to the child or to oneself as professional, and which one. */
public record DreamQuestion(Audience audience, int index) {

    public enum Audience {
        CHILD, PROFESSIONAL
    }
}
