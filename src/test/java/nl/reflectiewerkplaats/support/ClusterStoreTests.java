package nl.reflectiewerkplaats.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The shared test server's change stream answers what the app nodes rely on: the writes
 * of one collection after the stream's position, in order, and again from a resume token.
 */
class ClusterStoreTests {

    @Test
    void aStreamGivesTheWritesOfItsCollectionAfterItsPositionInOrderAndResumesFromAToken() throws Exception {
        try (ClusterStore store = ClusterStore.start(Files.createTempDirectory("rw-cluster-store"));
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> outbox = client.getDatabase("reflectiewerkplaats").getCollection("live_outbox");
            MongoCollection<Document> other = client.getDatabase("reflectiewerkplaats").getCollection("other");
            outbox.insertOne(new Document("_id", "before").append("n", 0));

            BsonDocument afterFirst;
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = outbox.watch()
                    .fullDocument(FullDocument.UPDATE_LOOKUP).maxAwaitTime(100, TimeUnit.MILLISECONDS).cursor()) {
                assertThat(stream.tryNext()).as("a stream opened now starts after what was written before").isNull();
                outbox.insertOne(new Document("_id", "one").append("n", 1));
                other.insertOne(new Document("_id", "elsewhere"));
                outbox.updateOne(Filters.eq("_id", "one"), Updates.set("n", 2));
                outbox.insertOne(new Document("_id", "two").append("n", 3));
                outbox.deleteOne(Filters.eq("_id", "two"));

                List<ChangeStreamDocument<Document>> seen = take(stream, 4);
                assertThat(seen).extracting(c -> c.getOperationTypeString())
                        .containsExactly("insert", "update", "insert", "delete");
                assertThat(seen.get(0).getFullDocument()).containsEntry("n", 1);
                assertThat(seen.get(1).getFullDocument()).as("the document as stored after the update").containsEntry("n", 2);
                assertThat(seen.get(3).getDocumentKey().getString("_id").getValue()).isEqualTo("two");
                afterFirst = seen.get(0).getResumeToken();
            }

            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> resumed = outbox.watch().resumeAfter(afterFirst)
                    .maxAwaitTime(100, TimeUnit.MILLISECONDS).cursor()) {
                assertThat(take(resumed, 3)).extracting(c -> c.getOperationTypeString())
                        .containsExactly("update", "insert", "delete");
                outbox.insertOne(new Document("_id", "three"));
                assertThat(take(resumed, 1).getFirst().getDocumentKey().getString("_id").getValue()).isEqualTo("three");
            }
            assertThat(store.oplogSize()).as("every write, of both collections").isEqualTo(7);
        }
    }

    @Test
    void aReadWithNothingNewForItsPipelineWaitsForTheNextWriteAndBringsIt() throws Exception {
        try (ClusterStore store = ClusterStore.start(Files.createTempDirectory("rw-cluster-store"));
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> outbox = client.getDatabase("reflectiewerkplaats").getCollection("live_outbox");
            outbox.insertOne(new Document("_id", "first"));
            // as a node reads: everything but its own writes
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = outbox
                    .watch(List.of(Aggregates.match(Filters.ne("fullDocument.node", "A"))))
                    .maxAwaitTime(5, TimeUnit.SECONDS).cursor()) {
                outbox.insertOne(new Document("_id", "own").append("node", "A"));
                assertThat(stream.tryNext()).as("the node's own write is left out").isNull();
                outbox.find().first(); // a second connection ready for the write, while the stream's waits
                // the other node's write comes while the read waits; the same read brings it (a
                // server that answers at once would have answered null before the write, and so
                // would one that finds the left-out write again and again)
                Thread writer = Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    outbox.insertOne(new Document("_id", "late").append("node", "B"));
                });
                ChangeStreamDocument<Document> change = stream.tryNext();
                writer.join();
                assertThat(change).as("the read that waited brings the write").isNotNull();
                assertThat(change.getDocumentKey().getString("_id").getValue()).isEqualTo("late");
            }
        }
    }

    private static List<ChangeStreamDocument<Document>> take(MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream, int n) {
        List<ChangeStreamDocument<Document>> seen = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (seen.size() < n && System.nanoTime() < until) {
            ChangeStreamDocument<Document> change = stream.tryNext();
            if (change != null) {
                seen.add(change);
            }
        }
        assertThat(seen).as("changes read within 5 s").hasSize(n);
        return seen;
    }
}
