package nl.reflectiewerkplaats.perspective;

import java.util.Map;

/**
 * A group's shared space as stored, for the live path: immutable. Who may receive it
 * is decided by {@link PerspectiveEvents.GroupSpaceChanged#visibleTo}.
 */
public record GroupSpaceView(String id, long version, String roundId, GroupSide side,
                             Map<GroupSpace.Part, String> texts, String lastEditedBy) {

    public GroupSpaceView {
        texts = Map.copyOf(texts);
    }

    /** The text of one part ("" when not written). */
    public String get(GroupSpace.Part part) {
        return texts.getOrDefault(part, "");
    }
}
