package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.EditedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person (or professional, or organisation) on a case's diagram. Its place is
 * stored on its own document and moved with a write of just {@code x}/{@code y}, so
 * two people moving different persons never conflict; the other fields are edited
 * against a {@link #getVersion() version}.
 */
@Getter
@ExportRule
@Document("genogram_persons")
@CompoundIndex(name = "case_diagram", def = "{'caseId': 1, 'diagram': 1}")
public class Person extends EditedCaseDocument {

    public static final int NAME_MAX_LENGTH = 60;
    public static final int NOTE_MAX_LENGTH = 200;
    public static final int HOUSEHOLD_MAX_LENGTH = 30;
    public static final int MIN_YEAR = 1850;
    public static final int MAX_AGE = 120;

    private DiagramKind diagram;
    private Shape shape;
    private String name;
    private Integer birthYear;
    private Integer age;
    private boolean deceased;
    /** The case's child: drawn with a double outline. */
    private boolean indexPerson;
    private String household;
    private String note;
    private double x;
    private double y;
    /** Moved by hand: the tidy layout keeps its x where it can. */
    private boolean placedByHand;

    protected Person() {
    }

    Person(String caseId, DiagramKind diagram, PersonDetails details, double x, double y, String authorId,
           Instant createdAt) {
        super(caseId, authorId, createdAt);
        this.diagram = diagram;
        apply(details);
        this.x = x;
        this.y = y;
    }

    /** Names who added it (for "sinds de vorige keer"). */
    void addedBy(String name) {
        touch(name, getCreatedAt());
    }

    void apply(PersonDetails d) {
        this.shape = d.shape();
        this.name = d.name();
        this.birthYear = d.birthYear();
        this.age = d.age();
        this.deceased = d.deceased();
        this.indexPerson = d.indexPerson();
        this.household = d.household();
        this.note = d.note();
    }

    /** Persons with the same household label are drawn inside one boundary; "" for none. */
    public String getHousehold() {
        return household == null ? "" : household;
    }

    public String getNote() {
        return note == null ? "" : note;
    }

    public boolean professionalLayer() {
        return shape != null && shape.professionalLayer();
    }

    /** The details as they are now, to start an edit from. */
    public PersonDetails details() {
        return new PersonDetails(shape, name, birthYear, age, deceased, indexPerson, getHousehold(), getNote());
    }
}
