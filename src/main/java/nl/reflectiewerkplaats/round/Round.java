package nl.reflectiewerkplaats.round;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A "private, then reveal" round: while it is {@link Phase#ANSWERING} everyone
 * answers in silence and sees only their own answer; the facilitator sees who has
 * answered, not what; once {@link Phase#REVEALED} everyone sees all answers (with or
 * without names, chosen before the round). Instruments keep the answers themselves
 * and ask the round whom an answer may be shown to.
 */
@Document("rounds")
public class Round {

    public enum Phase {
        ANSWERING, REVEALED, CLOSED
    }

    public enum RevealMode {
        NAMED, ANONYMOUS
    }

    @Id
    private String id;
    @Indexed
    private String caseId;
    private String meetingId;
    /** What the round is about, e.g. {@code spanningsveld:doorgaan-vertragen}. */
    private String topic;
    private RevealMode revealMode;
    private Phase phase;
    private Integer pinnedQuestion;
    private Instant openedAt;
    private Instant revealedAt;
    @Version
    private Long version;

    protected Round() {
    }

    Round(String caseId, String meetingId, String topic, RevealMode revealMode, Instant openedAt) {
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.topic = topic;
        this.revealMode = revealMode;
        this.phase = Phase.ANSWERING;
        this.openedAt = openedAt;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public String getTopic() {
        return topic;
    }

    public RevealMode getRevealMode() {
        return revealMode;
    }

    public Phase getPhase() {
        return phase;
    }

    public boolean isRevealed() {
        return phase != Phase.ANSWERING;
    }

    public boolean isNamed() {
        return revealMode == RevealMode.NAMED;
    }

    /** The question the facilitator pinned for everyone, if any. */
    public Integer getPinnedQuestion() {
        return pinnedQuestion;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }

    /**
     * May an answer by {@code ownerId} be shown to {@code viewerId}? Before the reveal
     * only to its owner; after it, to everyone in the case.
     */
    public boolean mayShow(String ownerId, String viewerId) {
        return isRevealed() || (ownerId != null && ownerId.equals(viewerId));
    }

    void reveal(Instant at) {
        this.phase = Phase.REVEALED;
        this.revealedAt = at;
    }

    void close() {
        this.phase = Phase.CLOSED;
    }

    void pin(Integer question) {
        this.pinnedQuestion = question;
    }
}
