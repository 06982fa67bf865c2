package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Way 1: who is in which group, and until when the groups write. */
@Getter
@ExportRule
@Document("perspective_group_work")
public class GroupWork extends VersionedCaseDocument {

    @Indexed(unique = true)
    private String roundId;
    private String meetingId;
    private Map<String, GroupSide> members = new LinkedHashMap<>();
    private Map<String, String> memberNames = new LinkedHashMap<>();
    private Instant deadline;

    protected GroupWork() {
    }

    GroupWork(String roundId, String caseId, String meetingId, Instant deadline) {
        super(caseId);
        this.roundId = roundId;
        this.meetingId = meetingId;
        this.deadline = deadline;
    }

    public Map<String, GroupSide> getMembers() {
        return Map.copyOf(members);
    }

    public Map<String, String> getMemberNames() {
        return Map.copyOf(memberNames);
    }

    public Optional<GroupSide> sideOf(String actorId) {
        return Optional.ofNullable(members.get(actorId));
    }

    void assign(String participantId, String name, GroupSide side) {
        if (side == null) {
            members.remove(participantId);
            memberNames.remove(participantId);
        } else {
            members.put(participantId, side);
            memberNames.put(participantId, name);
        }
    }
}
