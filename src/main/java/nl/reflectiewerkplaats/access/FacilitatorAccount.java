package nl.reflectiewerkplaats.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    public static final int PASSWORD_MIN_LENGTH = 10;
    public static final int PASSWORD_MAX_LENGTH = 200;

    @Id
    private String id;
    @Indexed(unique = true)
    private String username;
    private String displayName;
    private String passwordHash;
    private Instant createdAt;
    /** {@link AccountService#ROLE_FACILITATOR} and/or {@link AccountService#ROLE_BEHEERDER}; none stored means facilitator. */
    private Set<String> roles;
    private boolean disabled;
    /** Base32 secret of the authenticator app; set once enrolment is confirmed. */
    private String totpSecret;
    private String pendingTotpSecret;
    private List<String> recoveryCodeHashes = new ArrayList<>();
    /** Bumped when the account is disabled or its password changes: older sessions end. */
    private long sessionEpoch;
    /** The last TOTP time step accepted, so a code cannot be used twice. */
    private long lastTotpStep;
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

    public boolean isDisabled() {
        return disabled;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
        this.sessionEpoch++;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    String getPendingTotpSecret() {
        return pendingTotpSecret;
    }

    void setPendingTotpSecret(String secret) {
        this.pendingTotpSecret = secret;
    }

    void confirmTwoFactor(List<String> recoveryHashes) {
        this.totpSecret = pendingTotpSecret;
        this.pendingTotpSecret = null;
        this.recoveryCodeHashes = new ArrayList<>(recoveryHashes);
    }

    long getLastTotpStep() {
        return lastTotpStep;
    }

    void setLastTotpStep(long step) {
        this.lastTotpStep = step;
    }

    List<String> getRecoveryCodeHashes() {
        return recoveryCodeHashes == null ? List.of() : recoveryCodeHashes;
    }

    void useRecoveryCode(String hash) {
        recoveryCodeHashes.remove(hash);
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** This account acting as a facilitator (whatever its roles: callers check {@link #hasRole}). */
    public Actor.Facilitator asActor() {
        return new Actor.Facilitator(id, displayName);
    }

    public Actor.Administrator asAdministrator() {
        return new Actor.Administrator(id, displayName);
    }
}
