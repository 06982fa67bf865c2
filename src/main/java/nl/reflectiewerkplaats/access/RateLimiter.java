package nl.reflectiewerkplaats.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Attempts per key (an address, a username) within a window, with Bucket4j's token
 * buckets: either in this node's memory ({@link #RateLimiter(int, Duration)}, for what
 * is per node by nature) or in the store, shared by every node ({@link SharedBuckets}).
 */
public final class RateLimiter {

    private final Function<String, Bucket> bucketOf;
    private final Function<String, @Nullable Bucket> existing;
    private final Consumer<String> forget;
    private final Runnable forgetAll;

    /** A limiter kept in this node's memory: a restart forgets, which is acceptable for throttling. */
    public RateLimiter(int attempts, Duration window) {
        Map<String, Bucket> buckets = new ConcurrentHashMap<>();
        BucketConfiguration config = configuration(attempts, window);
        this.bucketOf = key -> {
            if (buckets.size() > 100_000) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(config.getBandwidths()[0]).build());
        };
        this.existing = buckets::get;
        this.forget = buckets::remove;
        this.forgetAll = buckets::clear;
    }

    private RateLimiter(Function<String, Bucket> bucketOf, Function<String, @Nullable Bucket> existing, Consumer<String> forget,
                        Runnable forgetAll) {
        this.bucketOf = bucketOf;
        this.existing = existing;
        this.forget = forget;
        this.forgetAll = forgetAll;
    }

    static RateLimiter shared(SharedBuckets store, String name, int attempts, Duration window) {
        BucketConfiguration config = configuration(attempts, window);
        Function<String, Bucket> bucket = key -> store.builder().build(name + ':' + key, () -> config);
        return new RateLimiter(bucket, bucket, key -> store.removeProxy(name + ':' + key),
                () -> store.removeAll(name + ':'));
    }

    private static BucketConfiguration configuration(int attempts, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }

    /** Takes one attempt for the key; false when the key has used up its attempts. */
    public boolean tryAcquire(String key) {
        return bucketOf.apply(key == null ? "?" : key).tryConsume(1);
    }

    /** Whether the key has attempts left, without using one. */
    public boolean allows(String key) {
        Bucket bucket = existing.apply(key == null ? "?" : key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** How long until the key has an attempt again (zero when it has one now). */
    public Duration untilNextAttempt(String key) {
        Bucket bucket = existing.apply(key == null ? "?" : key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Forgets every key. */
    public void clear() {
        forgetAll.run();
    }

    /** Forgets the key (e.g. after a successful login). */
    public void reset(String key) {
        forget.accept(key == null ? "?" : key);
    }
}
