package nl.reflectiewerkplaats.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.reflectiewerkplaats.access.AccessLog;
import nl.reflectiewerkplaats.access.AccessLogEntry;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import nl.reflectiewerkplaats.base.DutchTime;

@StoreTest
class CaseArchiveTests {

    @Autowired
    CaseArchive archive;
    @Autowired
    RetentionService retention;
    @Autowired
    AccessLog accessLog;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    MeetingService meetings;
    @Autowired
    DreamBoardService dream;
    @Autowired
    SharedNoteService notes;

    /** A case with a meeting, a participant, a dream card from each, and a shared note. */
    private Case filledCase(Actor.Facilitator f, LocalDate meetingDate) {
        Case c = data.newCase(f);
        Meeting m = meetings.createMeeting(f, c.getId(), "Bijeenkomst", meetingDate);
        Actor.Participant bram = data.participant(meetings.setInviteExpiry(f, m.getId(),
                java.time.Instant.now().plusSeconds(3600)), "Bram");
        dream.addCard(f, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Naar school gaan");
        dream.addCard(bram, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.PROFESSIONAL, 0), "Rust");
        notes.add(f, c.getId(), "droom", m.getId(), "Wat valt op: veel wensen over school");
        return c;
    }

    /** Counts, independently of the archive, every stored document that mentions the case or one of its meetings. */
    private Map<String, Integer> storedFor(String caseId) {
        List<Object> meetingIds = mongo.find(Query.query(Criteria.where("caseId").is(caseId)), Document.class, "meetings")
                .stream().<Object>map(d -> d.get("_id").toString()).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (String collection : mongo.getCollectionNames()) {
            int n = 0;
            for (Document d : mongo.findAll(Document.class, collection)) {
                boolean ofCase = caseId.equals(String.valueOf(d.get("caseId")))
                        || meetingIds.contains(String.valueOf(d.get("meetingId")))
                        || (collection.equals("cases") && caseId.equals(d.get("_id").toString()));
                if (ofCase && !collection.equals("access_log")) {
                    n++;
                }
            }
            if (n > 0) {
                counts.put(collection, n);
            }
        }
        return counts;
    }

    @Test
    void theExportHoldsEveryDocumentOfTheCaseAndItsReports() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = filledCase(f, DutchTime.today());
        Case other = filledCase(f, DutchTime.today());

        Map<String, Integer> expected = storedFor(c.getId());
        assertThat(expected).containsKeys("cases", "meetings", "participants", "dream_cards", "shared_notes");
        Map<String, Integer> exported = new HashMap<>();
        archive.documentsOf(c.getId()).forEach((k, v) -> { if (!v.isEmpty()) exported.put(k, v.size()); });
        assertThat(exported).isEqualTo(expected);

        byte[] zip = archive.export(f, c.getId());
        String json = null;
        int reports = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("casus.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } else if (e.getName().startsWith("verslagen/") && e.getName().endsWith(".pdf")) {
                    reports++;
                }
            }
        }
        assertThat(reports).isEqualTo(1);
        Document parsed = Document.parse(json);
        Document docs = parsed.get("documenten", Document.class);
        expected.forEach((collection, n) -> assertThat(docs.getList(collection, Object.class)).as(collection).hasSize(n));
        assertThat(json).contains("Naar school gaan").contains("Rust").doesNotContain(other.getId());
        assertThat(latest(c.getId(), AuditAction.EXPORT)).isNotNull();
    }

    @Test
    void onlyTheCasesFacilitatorMayExportOrErase() {
        Actor.Facilitator f = data.facilitator();
        Case c = filledCase(f, DutchTime.today());
        Actor.Facilitator stranger = data.facilitator();
        assertThatThrownBy(() -> archive.export(stranger, c.getId())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> archive.erase(stranger, c.getId())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> archive.erase(data.administrator(), c.getId())).isInstanceOf(NoAccessException.class);
        assertThat(storedFor(c.getId())).containsKey("dream_cards");
        AccessLogEntry denied = mongo.findOne(Query.query(Criteria.where("caseId").is(c.getId())
                .and("actorId").is(stranger.id()).and("allowed").is(false)), AccessLogEntry.class, "access_log");
        assertThat(denied).isNotNull();
    }

    @Test
    void erasingOnRequestRemovesEverythingOfThatCaseOnlyAndIsLogged() {
        Actor.Facilitator f = data.facilitator();
        Case c = filledCase(f, DutchTime.today());
        Case other = filledCase(f, DutchTime.today());
        Map<String, Integer> otherBefore = storedFor(other.getId());
        assertThat(archive.erase(f, c.getId())).isGreaterThanOrEqualTo(6);
        assertThat(storedFor(c.getId())).isEmpty();
        assertThat(storedFor(other.getId())).isEqualTo(otherBefore);
        AccessLogEntry erased = latest(c.getId(), AuditAction.ERASE);
        assertThat(erased.actorId()).isEqualTo(f.id());
        assertThat(erased.address()).isNotBlank();
    }

    @Test
    void theRetentionJobErasesExpiredCasesAndNothingElse() {
        Actor.Facilitator f = data.facilitator();
        Case old = filledCase(f, DutchTime.today().minusMonths(retention.settings().monthsAfterLastMeeting()).minusDays(3));
        Case recent = filledCase(f, DutchTime.today().minusMonths(2));
        Case keptLonger = filledCase(f, DutchTime.today().minusYears(3));
        retention.setRetentionEnd(f, keptLonger.getId(), DutchTime.today().plusMonths(1));
        Case endedByHand = filledCase(f, DutchTime.today());
        mongo.updateFirst(CaseArchive.byId(endedByHand.getId()), new Update().set("retainUntil",
                java.util.Date.from(DutchTime.today().minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())),
                "cases");
        Map<String, Integer> recentBefore = storedFor(recent.getId());
        Map<String, Integer> longerBefore = storedFor(keptLonger.getId());

        assertThat(retention.retentionEnd(old.getId())).get().matches(d -> d.isBefore(DutchTime.today()));
        retention.eraseExpiredCases();

        assertThat(storedFor(old.getId())).isEmpty();
        assertThat(storedFor(endedByHand.getId())).isEmpty();
        assertThat(storedFor(recent.getId())).isEqualTo(recentBefore);
        assertThat(storedFor(keptLonger.getId())).isEqualTo(longerBefore);
        assertThat(latest(old.getId(), AuditAction.ERASE).actorKind()).isEqualTo("beheerder");
        assertThat(latest(recent.getId(), AuditAction.ERASE)).isNull();
    }

    @Test
    void readsAndChangesOfCaseDataAreLoggedWithWhoWhenWhatAndWhere() {
        Actor.Facilitator f = data.facilitator();
        Case c = filledCase(f, DutchTime.today());
        dream.listCards(f, c.getId());
        AccessLogEntry read = latest(c.getId(), AuditAction.READ);
        assertThat(read.object()).isEqualTo("DreamBoardService.listCards");
        assertThat(read.actorId()).isEqualTo(f.id());
        assertThat(read.actorKind()).isEqualTo("begeleider");
        assertThat(read.at()).isNotNull();
        assertThat(read.address()).isNotBlank();
        AccessLogEntry change = mongo.findOne(Query.query(Criteria.where("caseId").is(c.getId())
                .and("object").is("DreamBoardService.addCard")), AccessLogEntry.class, "access_log");
        assertThat(change.action()).isEqualTo(AuditAction.CHANGE);
        assertThat(mongo.find(Query.query(Criteria.where("caseId").is(c.getId()).and("actorKind").is("deelnemer")),
                AccessLogEntry.class, "access_log")).isNotEmpty();

        // reading the log is itself logged, and only a beheerder may
        Actor.Administrator b = data.beheerderOnly();
        assertThat(accessLog.search(b, new AccessLog.Filter(c.getId(), null, null, null, null), 100))
                .extracting(AccessLogEntry::caseId).containsOnly(c.getId());
        assertThat(latest(c.getId(), AuditAction.LOG_READ).actorId()).isEqualTo(b.id());
        assertThatThrownBy(() -> accessLog.search(f, AccessLog.Filter.all(), 10)).isInstanceOf(NoAccessException.class);
    }

    @Test
    void everyStoredTypeCarriesItsCaseOrMeetingSoExportAndErasureReachIt() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(org.springframework.data.mongodb.core.mapping.Document.class));
        List<String> notCaseData = List.of("FacilitatorAccount", "AccessLogEntry", "AgendaTemplate", "Case");
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("nl.reflectiewerkplaats")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (notCaseData.contains(type.getSimpleName())) {
                continue;
            }
            boolean linked = org.springframework.util.ReflectionUtils.findField(type, "caseId") != null
                    || org.springframework.util.ReflectionUtils.findField(type, "meetingId") != null;
            assertThat(linked).as(type.getName() + " must carry caseId or meetingId").isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    private AccessLogEntry latest(String caseId, AuditAction action) {
        return mongo.findOne(Query.query(Criteria.where("caseId").is(caseId).and("action").is(action))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "at")),
                AccessLogEntry.class, "access_log");
    }
}
