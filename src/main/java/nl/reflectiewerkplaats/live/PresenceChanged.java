package nl.reflectiewerkplaats.live;

import java.util.List;

/** The people present in a meeting changed; carries the whole (short) list. */
public record PresenceChanged(String caseId, String meetingId, List<Presence> present) implements CaseEvent {

    /** Each node keeps its own presence; the list is not relayed as it stands. */
    @Override
    public boolean crossesNodes() {
        return false;
    }
}
