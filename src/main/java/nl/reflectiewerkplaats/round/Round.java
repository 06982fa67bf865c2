package nl.reflectiewerkplaats.round;

import java.time.Instant;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A "private, then reveal" round: while it is {@link Phase#ANSWERING} everyone
 * answers in silence and sees only their own answer; the facilitator sees who has
 * answered, not what; once {@link Phase#REVEALED} everyone sees all answers (with or
 * without names, chosen before the round). Instruments keep the answers themselves
 * and ask the round whom an answer may be shown to ({@link #mayShow}, the one rule).
 *
 * <p>A round ends in one of three ways: {@link Phase#CLOSED} after a reveal,
 * {@link Phase#STOPPED} without one (stopped by the facilitator or replaced by a newer
 * round: its answers stay private, and the facilitator may still reveal it later), or
 * {@link Phase#DISCARDED} (stopped and never to be revealed). Only a reveal makes
 * answers visible; {@link #revealedAt} is set by it and by nothing else.
 */
@Getter
@ExportRule
@Document("rounds")
public class Round extends VersionedCaseDocument {

    public enum Phase {
        /** Open: everyone answers in silence. */
        ANSWERING,
        /** Open and revealed: everyone sees the answers. */
        REVEALED,
        /** Ended after its reveal. */
        CLOSED,
        /** Ended without a reveal: the answers stay private until the facilitator reveals it later. */
        STOPPED,
        /** Ended without a reveal, and the facilitator decided it is never revealed. */
        DISCARDED
    }

    public enum RevealMode {
        NAMED, ANONYMOUS
    }

    private String meetingId;
    /** What the round is about, e.g. {@code spanningsveld:doorgaan-vertragen}. */
    private String topic;
    private RevealMode revealMode;
    private Phase phase;
    /** The question the facilitator pinned for everyone, if any. */
    private Integer pinnedQuestion;
    private Instant openedAt;
    private Instant revealedAt;

    protected Round() {
    }

    Round(String caseId, String meetingId, String topic, RevealMode revealMode, Instant openedAt) {
        super(caseId);
        this.meetingId = meetingId;
        this.topic = topic;
        this.revealMode = revealMode;
        this.phase = Phase.ANSWERING;
        this.openedAt = openedAt;
    }

    /**
     * Whether the answers were revealed. Only an actual reveal counts: a round that was
     * stopped, replaced by another round or discarded is not revealed (a round stored as
     * CLOSED before STOPPED existed counts as revealed only if it has a reveal time).
     */
    public boolean isRevealed() {
        return phase == Phase.REVEALED || (phase == Phase.CLOSED && revealedAt != null);
    }

    /** Whether the round is over (closed after a reveal, stopped or discarded): no one answers or moves any more. */
    public boolean isEnded() {
        return phase == Phase.CLOSED || phase == Phase.STOPPED || phase == Phase.DISCARDED;
    }

    /** Ended without a reveal and not discarded: the facilitator may still reveal or discard it. */
    public boolean isStopped() {
        return phase == Phase.STOPPED || (phase == Phase.CLOSED && revealedAt == null);
    }

    public boolean isNamed() {
        return revealMode == RevealMode.NAMED;
    }

    /**
     * May an answer by {@code ownerId} be shown to {@code viewerId}? Before the reveal
     * only to its owner; after it, to everyone in the case.
     */
    public boolean mayShow(String ownerId, String viewerId) {
        return isRevealed() || (ownerId != null && ownerId.equals(viewerId));
    }

    /** Reveals an open round (it stays open for the "move a little" step) or, later, a stopped one (it stays ended). */
    void reveal(Instant at) {
        this.phase = isStopped() ? Phase.CLOSED : Phase.REVEALED;
        this.revealedAt = at;
    }

    /** Ends the round: closed if it was revealed, else stopped (its answers stay private). */
    void close() {
        if (!isEnded()) {
            this.phase = isRevealed() ? Phase.CLOSED : Phase.STOPPED;
        }
    }

    void discard() {
        this.phase = Phase.DISCARDED;
    }

    void pin(Integer question) {
        this.pinnedQuestion = question;
    }
}
