package nl.reflectiewerkplaats.privacy;

import static nl.reflectiewerkplaats.support.ExportFiles.unzip;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.springframework.data.domain.Sort;
import org.springframework.util.ReflectionUtils;

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
    @Autowired
    TensionFieldService fields;
    @Autowired
    PerspectiveService roles;
    @Autowired
    RoundService rounds;

    /** A case with a meeting, a participant, a dream card from each, and a shared note. */
    private Case filledCase(Actor.Facilitator f, LocalDate meetingDate) {
        Case c = data.newCase(f);
        Meeting m = meetings.createMeeting(f, c.getId(), "Bijeenkomst", meetingDate);
        Actor.Participant bram = data.participant(meetings.setInviteExpiry(f, m.getId(),
                Instant.now().plusSeconds(3600)), "Bram");
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
                Date.from(DutchTime.today().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())),
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
        // a read's entry is written behind the read (within moments); whatever reads the log writes it first
        accessLog.flush();
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

    /**
     * Issue 15, finding 3: the export holds nothing no one may see in the app: no answers of
     * rounds not revealed (open or stopped), no owners of anonymous answers (nor their order or
     * times), no invite or watch tokens, no person keys, no account secrets; the ZIP says so.
     */
    @Test
    void theExportLeavesOutUnrevealedAnswersAnonymousOwnersAndSecretsAndSaysSo() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = meetings.watchLink(f, data.newMeeting(f, c).getId());
        Actor.Participant ann = meetings.join(m.getInviteToken(), "Annemarie", "wijkteam", "persoonssleutel-van-ann-01", false)
                .asActor();
        Actor.Participant bob = meetings.join(m.getInviteToken(), "Bobbie", "school", "persoonssleutel-van-bob-01", false)
                .asActor();
        String field = "doorgaan-vertragen";

        Round named = fields.openRound(f, c.getId(), m.getId(), field,
                Round.RevealMode.NAMED);
        fields.place(ann, named.getId(), 0.111);
        fields.place(bob, named.getId(), 0.222);
        rounds.reveal(f, named.getId());
        Round anonymous = fields.openRound(f, c.getId(), m.getId(), field,
                Round.RevealMode.ANONYMOUS);
        fields.place(ann, anonymous.getId(), 0.888); // Ann first, at the higher place
        fields.place(bob, anonymous.getId(), 0.777);
        rounds.reveal(f, anonymous.getId());
        Round stopped = roles.openRolesRound(f, c.getId(), m.getId(),
                Round.RevealMode.NAMED);
        roles.chooseRole(ann, roles.addRole(f, stopped.getId(), "Vader", false, null).getId());
        roles.answer(ann, stopped.getId(), "Geheim dilemma dat niemand zag", "Bang", 0.5, false);
        rounds.close(f, stopped.getId());
        Round open = fields.openRound(f, c.getId(), m.getId(), field,
                Round.RevealMode.NAMED);
        fields.place(ann, open.getId(), 0.555);

        Map<String, String> zip = unzip(archive.export(f, c.getId()));
        String json = zip.get("casus.json");
        assertThat(json).doesNotContain(m.getInviteToken()).doesNotContain(m.getWatchToken())
                .doesNotContain("persoonssleutel-van").doesNotContain("Geheim dilemma").doesNotContain("0.555");
        Document account = mongo.findOne(CaseArchive.byId(f.id()), Document.class, "facilitators");
        for (String secret : List.of("totpSecret", "pendingTotpSecret", "passwordHash", "password")) {
            if (account != null && account.get(secret) instanceof String value && !value.isBlank()) {
                assertThat(json).as(secret).doesNotContain(value);
            }
        }

        Document docs = Document.parse(json).get("documenten", Document.class);
        List<Document> placements = docs.getList("placements", Document.class);
        assertThat(placements).extracting(p -> p.getDouble("position")).containsExactlyInAnyOrder(0.111, 0.222, 0.888, 0.777);
        List<Document> anonymousOnes = placements.stream().filter(p -> anonymous.getId().equals(p.getString("roundId"))).toList();
        assertThat(anonymousOnes).allSatisfy(p -> assertThat(p).doesNotContainKeys("ownerId", "ownerName", "ownerKey",
                "placedAt", "_id"));
        assertThat(anonymousOnes).extracting(p -> p.getDouble("position"))
                .as("not in placing order").containsExactly(0.777, 0.888);
        assertThat(placements.stream().filter(p -> named.getId().equals(p.getString("roundId"))))
                .extracting(p -> p.getString("ownerName")).containsExactlyInAnyOrder("Annemarie", "Bobbie");
        assertThat(docs.getList("perspective_answers", Document.class)).isNull();
        assertThat(docs.getList("participants", Document.class)).hasSize(2)
                .allSatisfy(p -> assertThat(p).doesNotContainKey("personKey"));
        assertThat(docs.getList("meetings", Document.class)).singleElement()
                .satisfies(d -> assertThat(d).doesNotContainKeys("inviteToken", "watchToken"));

        assertThat(Document.parse(json).getList("weggelaten", Document.class))
                .extracting(d -> d.getString("collectie") + " " + d.getString("wat") + " " + d.getInteger("aantal"))
                .contains("placements hele documenten 1", "perspective_answers hele documenten 1", "placements veld ownerName 2",
                        "meetings veld inviteToken 1", "meetings veld watchToken 1", "participants veld personKey 2");
        assertThat(zip.get("LEESMIJ.txt")).contains("niet onthuld").contains("anonieme rondes")
                .contains("perspective_answers: 1 hele documenten");
    }

    @Test
    void everyStoredTypeDeclaresItsExportRuleAndTheArchiveFindsIt() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(org.springframework.data.mongodb.core.mapping.Document.class));
        List<String> notCaseData = List.of("FacilitatorAccount", "AccessLogEntry", "AgendaTemplate");
        Map<String, ExportRule> known = archive.rules();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("nl.reflectiewerkplaats")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (notCaseData.contains(type.getSimpleName())) {
                continue;
            }
            var rule = type.getAnnotation(ExportRule.class);
            assertThat(rule).as(type.getName() + " must declare its @ExportRule").isNotNull();
            String collection = type.getAnnotation(org.springframework.data.mongodb.core.mapping.Document.class).value();
            assertThat(known).as("the archive knows the rule of " + collection).containsEntry(collection, rule);
            for (String name : concat(rule.secretFields(), rule.ownerFields(), rule.roundField())) {
                boolean exists = name.isEmpty() || name.equals("_id")
                        || ReflectionUtils.findField(type, name) != null;
                assertThat(exists).as(type.getSimpleName() + " has no field " + name).isTrue();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    private static List<String> concat(String[] a, String[] b, String c) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        all.add(c);
        return all;
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
            boolean linked = ReflectionUtils.findField(type, "caseId") != null
                    || ReflectionUtils.findField(type, "meetingId") != null;
            assertThat(linked).as(type.getName() + " must carry caseId or meetingId").isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    private AccessLogEntry latest(String caseId, AuditAction action) {
        return mongo.findOne(Query.query(Criteria.where("caseId").is(caseId).and("action").is(action))
                .with(Sort.by(Sort.Direction.DESC, "at")),
                AccessLogEntry.class, "access_log");
    }
}
