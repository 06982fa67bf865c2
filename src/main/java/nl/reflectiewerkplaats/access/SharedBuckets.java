package nl.reflectiewerkplaats.access;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Bucket4j's token buckets kept in the store (collection {@value #COLLECTION}), so that
 * every app node on one database enforces one limit: each bucket is a document whose
 * state is replaced by compare-and-swap (Bucket4j's own protocol for stores without
 * locks), and which the store removes a day after its last use (TTL index).
 */
@Component
public class SharedBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    static final String COLLECTION = "rate_limits";
    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);
    private static final Duration KEEP = Duration.ofDays(1);

    private final MongoCollection<Document> buckets;

    SharedBuckets(MongoTemplate mongo) {
        super(ClientSideConfig.getDefault());
        this.buckets = mongo.getCollection(COLLECTION);
        try {
            buckets.createIndex(Indexes.ascending("usedAt"), new IndexOptions().expireAfter(KEEP.toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.debug("TTL index of {} not made: {}", COLLECTION, e.getMessage());
        }
    }

    /** A limiter of {@code attempts} per key within {@code window}, shared by every node; keys get the prefix {@code name}. */
    public RateLimiter limiter(String name, int attempts, Duration window) {
        return RateLimiter.shared(this, name, attempts, window);
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document doc = buckets.find(Filters.eq("_id", key)).first();
                return Optional.ofNullable(doc).map(d -> d.get("state", Binary.class)).map(Binary::getData);
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                if (originalData == null) {
                    try {
                        buckets.insertOne(new Document("_id", key).append("state", new Binary(newData)).append("usedAt", new Date()));
                        return true;
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                            return false; // another node made it first: Bucket4j reads again and retries
                        }
                        throw e;
                    }
                }
                return buckets.updateOne(Filters.and(Filters.eq("_id", key), Filters.eq("state", new Binary(originalData))),
                        Updates.combine(Updates.set("state", new Binary(newData)), Updates.set("usedAt", new Date())))
                        .getModifiedCount() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("only synchronous use");
    }

    @Override
    public void removeProxy(String key) {
        buckets.deleteOne(Filters.eq("_id", key));
    }

    /** Removes every bucket whose key starts with {@code prefix}. */
    void removeAll(String prefix) {
        buckets.deleteMany(Filters.regex("_id", "^" + Pattern.quote(prefix)));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("only synchronous use");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
