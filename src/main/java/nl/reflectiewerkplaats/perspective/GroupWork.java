package nl.reflectiewerkplaats.perspective;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Way 1: who is in which group, and until when the groups write. */
@nl.reflectiewerkplaats.base.ExportRule
@Document("perspective_group_work")
public class GroupWork {

    @Id
    private String id;
    @Indexed(unique = true)
    private String roundId;
    private String caseId;
    private String meetingId;
    private Map<String, GroupSide> members = new LinkedHashMap<>();
    private Map<String, String> memberNames = new LinkedHashMap<>();
    private Instant deadline;
    @Version
    private Long version;

    protected GroupWork() {
    }

    GroupWork(String roundId, String caseId, String meetingId, Instant deadline) {
        this.roundId = roundId;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.deadline = deadline;
    }

    public String getRoundId() {
        return roundId;
    }

    public String getCaseId() {
        return caseId;
    }

    public Instant getDeadline() {
        return deadline;
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
