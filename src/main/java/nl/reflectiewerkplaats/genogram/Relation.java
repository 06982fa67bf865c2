package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.EditedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A line between two persons of one diagram: family, emotional, professional or a force. */
@Getter
@ExportRule
@Document("genogram_relations")
@CompoundIndex(name = "case_diagram", def = "{'caseId': 1, 'diagram': 1}")
public class Relation extends EditedCaseDocument {

    public static final int NOTE_MAX_LENGTH = 120;
    public static final int MAX_STRENGTH = 3;

    private DiagramKind diagram;
    @Indexed
    /** The parent (parent–child), the giver of care, the source of a force; else either end. */
    private String fromId;
    @Indexed
    private String toId;
    private RelationType type;
    /** 1 (weak) to 3 (strong); used for forces. */
    private int strength;
    private String note;

    protected Relation() {
    }

    Relation(String caseId, DiagramKind diagram, String fromId, String toId, RelationType type, int strength,
             String note, String authorId, Instant createdAt) {
        super(caseId, authorId, createdAt);
        this.diagram = diagram;
        this.fromId = fromId;
        this.toId = toId;
        change(type, strength, note);
    }

    public String getNote() {
        return note == null ? "" : note;
    }

    public boolean touches(String personId) {
        return personId.equals(fromId) || personId.equals(toId);
    }

    /** Names who added or last changed it, and when (for "sinds de vorige keer"). */
    void touched(String name, Instant at) {
        touch(name, at);
    }

    void change(RelationType type, int strength, String note) {
        this.type = type;
        this.strength = strength;
        this.note = note;
    }
}
