package nl.reflectiewerkplaats.genogram;

/** What happened to a person, dated, on the geno-sociogram. */
public enum LifeEventKind {
    DIED, MOVED, LOST_WORK, ILLNESS, BROKE_CONTACT, OTHER
}
