package nl.reflectiewerkplaats.access;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A facilitator's login. The password is stored only as a hash. */
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
    @Version
    private Long version;

    protected FacilitatorAccount() {
    }

    FacilitatorAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
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

    public Actor.Facilitator asActor() {
        return new Actor.Facilitator(id, displayName);
    }
}
