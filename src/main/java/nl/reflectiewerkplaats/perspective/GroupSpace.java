package nl.reflectiewerkplaats.perspective;

import java.util.EnumMap;
import java.util.Map;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** One group's shared space: the desired long-term perspective and the first three steps. */
@Getter
@ExportRule(roundField = "roundId")
@Document("perspective_group_spaces")
public class GroupSpace extends VersionedCaseDocument {

    public static final int TEXT_MAX_LENGTH = 1000;

    /** The parts a group writes. */
    public enum Part {
        PERSPECTIVE, STEP1, STEP2, STEP3
    }

    private String roundId;
    private GroupSide side;
    private String perspective = "";
    private String step1 = "";
    private String step2 = "";
    private String step3 = "";
    private String lastEditedBy;

    protected GroupSpace() {
    }

    GroupSpace(String roundId, String caseId, GroupSide side) {
        super(caseId);
        this.roundId = roundId;
        this.side = side;
    }

    public String get(Part part) {
        return switch (part) {
            case PERSPECTIVE -> perspective;
            case STEP1 -> step1;
            case STEP2 -> step2;
            case STEP3 -> step3;
        };
    }

    /** The space as it is now, for the live path. */
    public GroupSpaceView view() {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            texts.put(part, get(part) == null ? "" : get(part));
        }
        return new GroupSpaceView(getId(), getVersion(), roundId, side, texts, lastEditedBy);
    }

    void set(Part part, String text, String by) {
        switch (part) {
            case PERSPECTIVE -> perspective = text;
            case STEP1 -> step1 = text;
            case STEP2 -> step2 = text;
            case STEP3 -> step3 = text;
        }
        lastEditedBy = by;
    }
}
