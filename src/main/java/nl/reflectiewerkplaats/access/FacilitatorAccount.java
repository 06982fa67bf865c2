package nl.reflectiewerkplaats.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A login of a begeleider (facilitator) and/or beheerder. The password and the
 * recovery codes are stored only as hashes; the TOTP secret is needed to check codes
 * and so is stored as it is (protect the database accordingly).
 */
@Document("facilitators")
public class FacilitatorAccount {

    public static final int USERNAME_MAX_LENGTH = 80;
    public static final int NAME_MAX_LENGTH = 80;
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 200;

    @Id
    @Getter
    private String id;
    @Indexed(unique = true)
    @Getter
    private String username;
    @Getter
    private String displayName;
    @Getter(AccessLevel.PACKAGE)
    private String passwordHash;
    @Getter
    private Instant createdAt;
    /** {@link AccountService#ROLE_FACILITATOR} and/or {@link AccountService#ROLE_BEHEERDER}; none stored means facilitator. */
    private Set<String> roles;
    @Getter
    private boolean disabled;
    /** Base32 secret of the authenticator app; set once enrolment is confirmed. */
    @Getter(AccessLevel.PACKAGE)
    private String totpSecret;
    @Getter(AccessLevel.PACKAGE) @Setter(AccessLevel.PACKAGE)
    private String pendingTotpSecret;
    private List<String> recoveryCodeHashes = new ArrayList<>();
    /** Bumped when the account is disabled or its password changes: older sessions end. */
    @Getter
    private long sessionEpoch;
    /** The last TOTP time step accepted, so a code cannot be used twice. */
    @Getter(AccessLevel.PACKAGE) @Setter(AccessLevel.PACKAGE)
    private long lastTotpStep;
    /** SHA-256 of the one-time account link (set-up or reset) that is open, if any. */
    @Indexed(sparse = true)
    @Getter(AccessLevel.PACKAGE)
    private String linkTokenHash;
    @Getter(AccessLevel.PACKAGE)
    private Instant linkExpiresAt;
    private AccountLink.Purpose linkPurpose;
    /**
     * Whether this account may link an authenticator app at login with its password
     * alone: only the very first account, whose password its holder chose on the
     * server's one-time setup page. Everyone else links one through an account link.
     */
    private boolean enrolAtLogin;
    @Version
    private Long version;

    protected FacilitatorAccount() {
    }

    FacilitatorAccount(String username, String displayName, String passwordHash, Instant createdAt, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.roles = new LinkedHashSet<>(roles);
    }

    public Set<String> getRoles() {
        return roles == null || roles.isEmpty() ? Set.of(AccountService.ROLE_FACILITATOR) : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return getRoles().contains(role);
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionEpoch++;
    }

    public boolean mayEnrolAtLogin() {
        return enrolAtLogin && totpSecret == null;
    }

    void setEnrolAtLogin(boolean enrolAtLogin) {
        this.enrolAtLogin = enrolAtLogin;
    }

    /** The purpose of the open account link, or null when none is open. */
    public AccountLink.Purpose getLinkPurpose() {
        return linkTokenHash == null ? null : linkPurpose;
    }

    void openLink(String tokenHash, Instant expiresAt, AccountLink.Purpose purpose) {
        this.linkTokenHash = tokenHash;
        this.linkExpiresAt = expiresAt;
        this.linkPurpose = purpose;
    }

    void closeLink() {
        this.linkTokenHash = null;
        this.linkExpiresAt = null;
        this.linkPurpose = null;
    }

    /** Forgets the authenticator app and the recovery codes: the holder links a new app. */
    void resetTwoFactor() {
        this.totpSecret = null;
        this.pendingTotpSecret = null;
        this.recoveryCodeHashes = new ArrayList<>();
        this.lastTotpStep = 0;
        this.enrolAtLogin = false;
        this.sessionEpoch++;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
        this.sessionEpoch++;
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    void confirmTwoFactor(List<String> recoveryHashes) {
        this.totpSecret = pendingTotpSecret;
        this.pendingTotpSecret = null;
        this.recoveryCodeHashes = new ArrayList<>(recoveryHashes);
    }

    List<String> getRecoveryCodeHashes() {
        return recoveryCodeHashes == null ? List.of() : recoveryCodeHashes;
    }

    void useRecoveryCode(String hash) {
        recoveryCodeHashes.remove(hash);
    }

    /** This account acting as a facilitator (whatever its roles: callers check {@link #hasRole}). */
    public Actor.Facilitator asActor() {
        return new Actor.Facilitator(id, displayName);
    }

    public Actor.Administrator asAdministrator() {
        return new Actor.Administrator(id, displayName);
    }
}
