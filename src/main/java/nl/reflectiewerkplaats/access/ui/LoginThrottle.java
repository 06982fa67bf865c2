package nl.reflectiewerkplaats.access.ui;

import java.time.Duration;
import nl.reflectiewerkplaats.access.RateLimiter;
import nl.reflectiewerkplaats.access.SharedBuckets;
import org.springframework.stereotype.Component;
import java.util.Locale;

/**
 * Login throttling: 5 failed attempts (password or code) for one username, or 20 from
 * one address; a token bucket refilled evenly over a quarter of an hour, so once they
 * are used up one attempt comes back every 3 minutes per username (every 45 seconds
 * per address). Successful logins cost nothing.
 */
@Component
class LoginThrottle {

    private final RateLimiter perUsername;
    private final RateLimiter perAddress;

    /** Shared by every app node on the store: a second node gives no extra attempts. */
    LoginThrottle(SharedBuckets buckets) {
        this.perUsername = buckets.limiter("login-user", 5, Duration.ofMinutes(15));
        this.perAddress = buckets.limiter("login-address", 20, Duration.ofMinutes(15));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    boolean allows(String username, String address) {
        return perUsername.allows(username) && perAddress.allows(address);
    }

    /** How long until both the username and the address have an attempt again. */
    Duration waitTime(String username, String address) {
        Duration a = perUsername.untilNextAttempt(username);
        Duration b = perAddress.untilNextAttempt(address);
        return a.compareTo(b) >= 0 ? a : b;
    }

    void failed(String username, String address) {
        perUsername.tryAcquire(username);
        perAddress.tryAcquire(address);
    }
}
