package nl.reflectiewerkplaats.casework;

import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A leerbijeenkomst of a case. Participants join it through its invite link; while
 * the link is closed nobody can join and participants have no access.
 */
@Getter
@ExportRule(secretFields = {"inviteToken", "watchToken"})
@Document("meetings")
public class Meeting extends VersionedCaseDocument {

    public static final int TITLE_MAX_LENGTH = 120;

    private String title;
    private LocalDate date;
    @Indexed(unique = true)
    private String inviteToken;
    private boolean inviteOpen;
    /** A network reflection: bestuurders may join, and their places can be shown as a group. */
    private boolean network;
    @Indexed(unique = true, sparse = true)
    /** The link by which someone joins as a watcher (read-only), or null while there is none. */
    private String watchToken;
    private Instant createdAt;
    /** When the invite and watch links stop working and participants lose access; null: the end of the meeting's day. */
    private Instant inviteExpiresAt;

    protected Meeting() {
    }

    Meeting(String caseId, String title, LocalDate date, String inviteToken, Instant createdAt) {
        super(caseId);
        this.title = title;
        this.date = date;
        this.inviteToken = inviteToken;
        this.inviteOpen = true;
        this.createdAt = createdAt;
    }

    void setWatchToken(String token) {
        this.watchToken = token;
    }

    void setNetwork(boolean network) {
        this.network = network;
    }

    void renewInvite(String token) {
        this.inviteToken = token;
    }

    void setInviteOpen(boolean open) {
        this.inviteOpen = open;
    }

    /** Links work (and participants have access) until this moment: by default the end of the meeting's day, Dutch time. */
    public Instant getInviteExpiresAt() {
        return inviteExpiresAt != null ? inviteExpiresAt
                : date.plusDays(1).atStartOfDay(MeetingPaths.ZONE).toInstant();
    }

    void setInviteExpiresAt(Instant expiresAt) {
        this.inviteExpiresAt = expiresAt;
    }

    /** Open and not yet expired: people can join and participants have access. */
    public boolean isInviteValid(Instant now) {
        return inviteOpen && now.isBefore(getInviteExpiresAt());
    }
}
