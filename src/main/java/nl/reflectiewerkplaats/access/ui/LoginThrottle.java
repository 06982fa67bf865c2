package nl.reflectiewerkplaats.access.ui;

import java.time.Duration;
import nl.reflectiewerkplaats.access.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after 5 failed attempts (password or code) for one username, or
 * 20 from one address, within a quarter of an hour, further attempts are refused
 * until the window has passed. Successful logins cost nothing.
 */
@Component
class LoginThrottle {

    private final RateLimiter perUsername = new RateLimiter(5, Duration.ofMinutes(15));
    private final RateLimiter perAddress = new RateLimiter(20, Duration.ofMinutes(15));

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    boolean allows(String username, String address) {
        return perUsername.allows(username) && perAddress.allows(address);
    }

    void failed(String username, String address) {
        perUsername.tryAcquire(username);
        perAddress.tryAcquire(address);
    }
}
