package nl.reflectiewerkplaats.live;

/** What happened to one item. */
public enum ChangeKind {
    ADDED, UPDATED, REMOVED
}
