package nl.reflectiewerkplaats.facilitation;

/** The nine verbs of transforming (NJi, Samen lerend doen wat werkt in de praktijk). */
public enum Verb {
    VERBINDEN, VERTROUWEN, VOORDOEN, VERDIEPEN, VERANTWOORDELIJKHEID_NEMEN, VERTRAGEN, VERDRAGEN, VIEREN, VOLHOUDEN
}
