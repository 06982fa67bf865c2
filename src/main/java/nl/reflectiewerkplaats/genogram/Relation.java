package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A line between two persons of one diagram: family, emotional, professional or a force. */
@Getter
@ExportRule
@Document("genogram_relations")
@CompoundIndex(name = "case_diagram", def = "{'caseId': 1, 'diagram': 1}")
public class Relation extends VersionedCaseDocument {

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
    private String authorId;
    private Instant createdAt;
    /** Who added it and who last changed it, and when (null for lines stored before these were kept). */
    private String authorName;
    private String changedByName;
    private Instant updatedAt;

    protected Relation() {
    }

    Relation(String caseId, DiagramKind diagram, String fromId, String toId, RelationType type, int strength,
             String note, String authorId, Instant createdAt) {
        super(caseId);
        this.diagram = diagram;
        this.fromId = fromId;
        this.toId = toId;
        this.type = type;
        this.strength = strength;
        this.note = note;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public String getNote() {
        return note == null ? "" : note;
    }

    public boolean touches(String personId) {
        return personId.equals(fromId) || personId.equals(toId);
    }

    /** Names who added or last changed it, and when (for "sinds de vorige keer"). */
    void touched(String name, Instant at) {
        if (authorName == null) {
            this.authorName = name;
        }
        this.changedByName = name;
        this.updatedAt = at;
    }

    void change(RelationType type, int strength, String note) {
        this.type = type;
        this.strength = strength;
        this.note = note;
    }
}
