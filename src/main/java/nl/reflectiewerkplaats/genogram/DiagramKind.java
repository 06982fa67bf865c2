package nl.reflectiewerkplaats.genogram;

/** The two diagrams of werkkaart 4 a case can hold: the family's geno-sociogram and the krachtenveld. */
public enum DiagramKind {
    /** Who matters in and around the family, over generations, with the professionals as a separate layer. */
    GENOGRAM,
    /** Organisations and people and the forces between them, for stuck collaboration. */
    FORCE_FIELD
}
