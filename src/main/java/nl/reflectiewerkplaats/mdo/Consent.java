package nl.reflectiewerkplaats.mdo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The consent for one MDO, as recorded: whose it had to be (the parents while the child
 * is under 16, the young person from 16), who gave it and when, and who of the family
 * takes part.
 */
public record Consent(String caseId, String meetingId, AgeGroup ageGroup, Giver giver, String givenBy,
                      LocalDate givenOn, boolean childTakesPart, boolean parentsTakePart, String recordedBy,
                      Instant recordedAt, long version) {

    /**
     * The version a form names when it saw no consent yet. A stored consent's first
     * version is 0, so 0 cannot also mean "none": a form filled before anyone recorded
     * one must not overwrite the first one unseen.
     */
    public static final long NONE = -1;

    /** The message key that says who of the family takes part. */
    public String takesPartKey() {
        return childTakesPart && parentsTakePart ? "mdo.takePart.both"
                : childTakesPart ? "mdo.takePart.child"
                : parentsTakePart ? "mdo.takePart.parents" : "mdo.takePart.none";
    }

    /** The child's age, as far as consent goes. */
    public enum AgeGroup {
        UNDER_16, FROM_16;

        /** Whose consent this age asks for. */
        public Giver requiredGiver() {
            return this == UNDER_16 ? Giver.PARENTS : Giver.YOUNG_PERSON;
        }
    }

    /** Who gave consent. */
    public enum Giver {
        PARENTS, YOUNG_PERSON
    }
}
