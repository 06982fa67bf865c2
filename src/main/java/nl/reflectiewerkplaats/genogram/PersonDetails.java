package nl.reflectiewerkplaats.genogram;

import lombok.With;

/**
 * What the group says about a person: shape, pseudonym or role name ("oma
 * moederszijde"), birth year or age, deceased, index child, household and a short note.
 * Checked by {@link GenogramService}; null texts count as empty. Each part has a
 * {@code withX} copy method (Lombok {@link With}).
 */
@With
public record PersonDetails(Shape shape, String name, Integer birthYear, Integer age, boolean deceased,
                            boolean indexPerson, String household, String note) {

    public static PersonDetails of(Shape shape, String name) {
        return new PersonDetails(shape, name, null, null, false, false, "", "");
    }
}
