package nl.reflectiewerkplaats.genogram;

/**
 * What the group says about a person: shape, pseudonym or role name ("oma
 * moederszijde"), birth year or age, deceased, index child, household and a short note.
 * Checked by {@link GenogramService}; null texts count as empty.
 */
public record PersonDetails(Shape shape, String name, Integer birthYear, Integer age, boolean deceased,
                            boolean indexPerson, String household, String note) {

    public static PersonDetails of(Shape shape, String name) {
        return new PersonDetails(shape, name, null, null, false, false, "", "");
    }

    public PersonDetails withBirthYear(Integer year) {
        return new PersonDetails(shape, name, year, age, deceased, indexPerson, household, note);
    }

    public PersonDetails withAge(Integer years) {
        return new PersonDetails(shape, name, birthYear, years, deceased, indexPerson, household, note);
    }

    public PersonDetails withDeceased(boolean dead) {
        return new PersonDetails(shape, name, birthYear, age, dead, indexPerson, household, note);
    }

    public PersonDetails withIndexPerson(boolean index) {
        return new PersonDetails(shape, name, birthYear, age, deceased, index, household, note);
    }

    public PersonDetails withHousehold(String label) {
        return new PersonDetails(shape, name, birthYear, age, deceased, indexPerson, label, note);
    }

    public PersonDetails withNote(String text) {
        return new PersonDetails(shape, name, birthYear, age, deceased, indexPerson, household, text);
    }
}
