package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A line between two persons of one diagram: family, emotional, professional or a force. */
@ExportRule
@Document("genogram_relations")
@CompoundIndex(name = "case_diagram", def = "{'caseId': 1, 'diagram': 1}")
public class Relation extends VersionedCaseDocument {

    public static final int NOTE_MAX_LENGTH = 120;
    public static final int MAX_STRENGTH = 3;

    private DiagramKind diagram;
    @Indexed
    private String fromId;
    @Indexed
    private String toId;
    private RelationType type;
    /** 1 (weak) to 3 (strong); used for forces. */
    private int strength;
    private String note;
    private String authorId;
    private Instant createdAt;

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

    public DiagramKind getDiagram() {
        return diagram;
    }

    /** The parent (parent–child), the giver of care, the source of a force; else either end. */
    public String getFromId() {
        return fromId;
    }

    public String getToId() {
        return toId;
    }

    public RelationType getType() {
        return type;
    }

    public int getStrength() {
        return strength;
    }

    public String getNote() {
        return note == null ? "" : note;
    }

    public String getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean touches(String personId) {
        return personId.equals(fromId) || personId.equals(toId);
    }

    void change(RelationType type, int strength, String note) {
        this.type = type;
        this.strength = strength;
        this.note = note;
    }
}
