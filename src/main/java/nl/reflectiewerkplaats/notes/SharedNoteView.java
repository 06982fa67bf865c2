package nl.reflectiewerkplaats.notes;

/** A shared note as stored, for the live path and the views: immutable, so one copy serves every open view. */
public record SharedNoteView(String id, String topic, String text, String authorId, String authorName) {
}
