package nl.reflectiewerkplaats.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts per key (an address, a username) within a window, with Bucket4j's token
 * buckets. Kept in memory: a restart forgets, which is acceptable for throttling.
 */
public final class RateLimiter {

    private final int attempts;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int attempts, Duration window) {
        this.attempts = attempts;
        this.window = window;
    }

    /** Takes one attempt for the key; false when the key has used up its attempts. */
    public boolean tryAcquire(String key) {
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key == null ? "?" : key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build()).tryConsume(1);
    }

    /** Whether the key has attempts left, without using one. */
    public boolean allows(String key) {
        Bucket bucket = buckets.get(key == null ? "?" : key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** How long until the key has an attempt again (zero when it has one now). */
    public Duration untilNextAttempt(String key) {
        Bucket bucket = buckets.get(key == null ? "?" : key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Forgets every key. */
    public void clear() {
        buckets.clear();
    }

    /** Forgets the key (e.g. after a successful login). */
    public void reset(String key) {
        buckets.remove(key);
    }
}
