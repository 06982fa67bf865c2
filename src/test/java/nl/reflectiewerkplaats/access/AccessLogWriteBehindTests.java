package nl.reflectiewerkplaats.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.support.StoreCommands;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A read's access-log entry is written behind the read, so a screen does not wait for the
 * log; it still arrives (on its own within moments, at once for whoever reads the log),
 * and a change's or refusal's entry is written before the call goes on, as before.
 */
@StoreTest
class AccessLogWriteBehindTests {

    @Autowired
    TestData data;
    @Autowired
    DreamBoardService dream;
    @Autowired
    AccessLog log;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoreCommands store;

    @Test
    void aReadDoesNotWaitForItsEntryWhichArrivesOnItsOwn() throws InterruptedException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);

        List<String> sent = store.during(() -> dream.listCards(f, c.getId())).commands();
        assertThat(sent).contains("find dream_cards").doesNotContain("insert access_log");

        long end = System.nanoTime() + 10_000_000_000L;
        while (entries(c, AuditAction.READ).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        List<AccessLogEntry> reads = entries(c, AuditAction.READ);
        assertThat(reads).as("written behind, without anyone reading the log").hasSize(1);
        assertThat(reads.getFirst().object()).isEqualTo("DreamBoardService.listCards");
        assertThat(reads.getFirst().actorId()).isEqualTo(f.id());
    }

    @Test
    void changesAndRefusalsAreWrittenBeforeTheCallGoesOnAndReadingTheLogWritesWhatIsPending() {
        Actor.Facilitator f = data.facilitator();
        Actor.Facilitator stranger = data.facilitator();
        Case c = data.newCase(f);
        String meetingId = data.newMeeting(f, c).getId();

        List<String> change = store.during(() -> dream.addCard(f, c.getId(), meetingId,
                new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Een droom")).commands();
        assertThat(change).as("the change's entry first, then the change").containsSubsequence(
                "insert access_log", "insert dream_cards");
        List<String> refused = store.during(() -> assertThatThrownBy(() -> dream.listCards(stranger, c.getId()))
                .isInstanceOf(NoAccessException.class)).commands();
        assertThat(refused).contains("insert access_log");

        dream.listCards(f, c.getId());
        List<AccessLogEntry> found = log.search(data.administrator(),
                new AccessLog.Filter(c.getId(), f.id(), AuditAction.READ, null, null), 10);
        assertThat(found).extracting(AccessLogEntry::object).containsExactly("DreamBoardService.listCards");
    }

    private List<AccessLogEntry> entries(Case c, AuditAction action) {
        return mongo.find(Query.query(Criteria.where("caseId").is(c.getId()).and("action").is(action)),
                AccessLogEntry.class, AccessLog.COLLECTION);
    }
}
