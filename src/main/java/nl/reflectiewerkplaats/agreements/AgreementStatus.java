package nl.reflectiewerkplaats.agreements;

/** How an afspraak turned out. */
public enum AgreementStatus {
    OPEN, DONE, PARTLY, NOT_DONE, DROPPED
}
