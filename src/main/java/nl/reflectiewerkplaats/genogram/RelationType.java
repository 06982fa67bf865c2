package nl.reflectiewerkplaats.genogram;

/**
 * Every kind of line between two persons, by category. For parent–child lines the
 * first person is the parent; for care-giving the first gives the care.
 */
public enum RelationType {
    PARTNER_MARRIED(Category.PARTNER),
    PARTNER_COHABITING(Category.PARTNER),
    PARTNER_SEPARATED(Category.PARTNER),
    PARTNER_DIVORCED(Category.PARTNER),
    PARENT_BIOLOGICAL(Category.PARENT),
    PARENT_ADOPTIVE(Category.PARENT),
    PARENT_FOSTER(Category.PARENT),
    SIBLING(Category.SIBLING),
    TWIN(Category.SIBLING),
    CLOSE(Category.EMOTIONAL),
    FUSED(Category.EMOTIONAL),
    DISTANT(Category.EMOTIONAL),
    CONFLICT(Category.EMOTIONAL),
    CUT_OFF(Category.EMOTIONAL),
    HOSTILE(Category.EMOTIONAL),
    CARE(Category.EMOTIONAL),
    SUPPORTIVE(Category.PROFESSIONAL),
    STRAINED(Category.PROFESSIONAL),
    STOPPED(Category.PROFESSIONAL),
    SUPPORTING(Category.FORCE),
    OPPOSING(Category.FORCE),
    STUCK(Category.FORCE);

    /** Groups of lines with their own rules. */
    public enum Category {
        /** Partners (family layer only). */
        PARTNER,
        /** Parent and child (family layer only, no one their own ancestor). */
        PARENT,
        /** Siblings and twins (family layer only). */
        SIBLING,
        /** Emotional and social lines between any two persons. */
        EMOTIONAL,
        /** Lines of the professionals layer: at least one end is a professional or organisation. */
        PROFESSIONAL,
        /** Forces in a krachtenveld. */
        FORCE;

        public boolean family() {
            return this == PARTNER || this == PARENT || this == SIBLING;
        }
    }

    private final Category category;

    RelationType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Whether the line may be drawn in this diagram. */
    public boolean allowedIn(DiagramKind diagram) {
        return diagram == DiagramKind.FORCE_FIELD ? category == Category.FORCE : category != Category.FORCE;
    }

    /** Whether A–B equals B–A (all but parent–child, care and forces). */
    public boolean symmetric() {
        return category != Category.PARENT && category != Category.FORCE && this != CARE;
    }
}
