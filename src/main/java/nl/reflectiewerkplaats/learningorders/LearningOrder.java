package nl.reflectiewerkplaats.learningorders;

/** The three orders of learning: first (kennis), second (vaardigheid, kunde), third (de kunst van het leren). */
public enum LearningOrder {
    KNOWLEDGE, SKILL, ART
}
