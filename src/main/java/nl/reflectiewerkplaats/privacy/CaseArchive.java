package nl.reflectiewerkplaats.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.reflectiewerkplaats.access.AccessLog;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.NotFoundException;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A whole case as data: everything stored about it, to hand over (export) or to
 * remove (erase). Both are logged in the access log.
 */
@Service
public class CaseArchive {

    /** Collections that hold no case data: accounts, the access log, facilitators' own templates, settings. */
    static final Set<String> NOT_CASE_DATA = Set.of("facilitators", "access_log", "agenda_templates",
            RetentionService.SETTINGS_COLLECTION);
    static final String CASES = "cases";

    private final MongoTemplate mongo;
    private final AccessPolicy access;
    private final AccessLog log;
    private final List<CaseAttachments> attachments;
    private final Clock clock;

    CaseArchive(MongoTemplate mongo, AccessPolicy access, AccessLog log, List<CaseAttachments> attachments,
                Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.log = log;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Every document of the case, per collection (the case itself under "cases"). */
    public Map<String, List<Document>> documentsOf(String caseId) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        all.put(CASES, mongo.find(byId(caseId), Document.class, CASES));
        Query ofCase = ofCase(caseId);
        for (String collection : caseCollections()) {
            List<Document> docs = mongo.find(ofCase, Document.class, collection);
            if (!docs.isEmpty()) {
                all.put(collection, docs);
            }
        }
        return all;
    }

    /**
     * The export a facilitator downloads: a ZIP with {@code casus.json} (every
     * document of the case and its access-log entries) and the session reports.
     */
    public byte[] export(Actor actor, String caseId) {
        access.check(actor, caseId, CaseAction.MANAGE, caseId);
        Map<String, List<Document>> documents = documentsOf(caseId);
        if (documents.get(CASES).isEmpty()) {
            throw new NotFoundException("error.case.gone");
        }
        Document root = new Document("formaat", "reflectiewerkplaats-casus-export/1")
                .append("geexporteerdOp", clock.instant().toString())
                .append("casusId", caseId)
                .append("documenten", new Document(new LinkedHashMap<>(documents)))
                .append("toegangslog", log.entriesOfCase(caseId).stream().map(e -> new Document()
                        .append("tijdstip", e.at().toString()).append("wie", e.actorId()).append("soort", e.actorKind())
                        .append("actie", e.action().name()).append("object", e.object())
                        .append("toegestaan", e.allowed()).append("adres", e.address())).toList());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("casus.json"));
            out.write(root.toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).indent(true).build())
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (CaseAttachments source : attachments) {
                for (CaseAttachments.Attachment file : source.attachmentsFor(actor, caseId)) {
                    out.putNextEntry(new ZipEntry(file.fileName()));
                    out.write(file.content());
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        access.recordCaseWide(actor, caseId, AuditAction.EXPORT);
        return zip.toByteArray();
    }

    /** Erases the case on request of its facilitator. */
    public long erase(Actor actor, String caseId) {
        access.check(actor, caseId, CaseAction.MANAGE, caseId);
        long removed = eraseAll(caseId);
        access.recordCaseWide(actor, caseId, AuditAction.ERASE);
        return removed;
    }

    /** Removes every document of the case; returns how many. The caller logs it. */
    long eraseAll(String caseId) {
        Query ofCase = ofCase(caseId);
        long removed = 0;
        for (String collection : caseCollections()) {
            removed += mongo.remove(ofCase, collection).getDeletedCount();
        }
        removed += mongo.remove(byId(caseId), CASES).getDeletedCount();
        return removed;
    }

    /** Spring Data stores ids that look like ObjectIds as ObjectIds: match either form. */
    static Query byId(String id) {
        List<Object> forms = new ArrayList<>(List.of(id));
        if (org.bson.types.ObjectId.isValid(id)) {
            forms.add(new org.bson.types.ObjectId(id));
        }
        return Query.query(Criteria.where("_id").in(forms));
    }

    /** Documents with the case's id, or with the id of one of its meetings. */
    private Query ofCase(String caseId) {
        List<Object> meetingIds = new ArrayList<>();
        for (Document m : mongo.find(Query.query(Criteria.where("caseId").is(caseId)), Document.class, "meetings")) {
            meetingIds.add(m.get("_id"));
            meetingIds.add(String.valueOf(m.get("_id")));
        }
        return Query.query(new Criteria().orOperator(Criteria.where("caseId").is(caseId),
                Criteria.where("meetingId").in(meetingIds)));
    }

    private List<String> caseCollections() {
        return mongo.getCollectionNames().stream()
                .filter(c -> !NOT_CASE_DATA.contains(c) && !c.equals(CASES) && !c.startsWith("system."))
                .sorted((a, b) -> a.equals("meetings") ? 1 : b.equals("meetings") ? -1 : a.compareTo(b))
                .toList();
    }
}
