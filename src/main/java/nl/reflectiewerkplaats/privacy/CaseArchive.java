package nl.reflectiewerkplaats.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccessLog;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.live.LiveOutbox;
import nl.reflectiewerkplaats.round.RoundService;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import java.util.Comparator;
import java.util.TreeMap;
import org.bson.types.ObjectId;

/**
 * A whole case as data: everything stored about it, to hand over (export) or to
 * remove (erase). Both are logged in the access log.
 */
@Service
@RequiredArgsConstructor
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

    private final RoundService rounds;

    /** Every document of the case, per collection (the case itself under "cases"). */
    public Map<String, List<Document>> documentsOf(String caseId) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        all.put(CASES, mongo.find(byId(caseId), Document.class, CASES));
        Query ofCase = ofCase(caseId);
        for (String collection : caseCollections()) {
            if (collection.equals(LiveOutbox.COLLECTION)) {
                continue; // transport between app nodes, not case content (erased with the case all the same)
            }
            List<Document> docs = mongo.find(ofCase, Document.class, collection);
            if (!docs.isEmpty()) {
                all.put(collection, docs);
            }
        }
        return all;
    }

    /**
     * The export a facilitator downloads: a ZIP with {@code casus.json} (every
     * document of the case that its facilitator may see, and its access-log entries),
     * the session reports, and {@code LEESMIJ.txt} saying what was left out and why.
     * Each stored type's {@link ExportRule} decides: secrets (links, person keys) never
     * leave; answers of rounds not revealed (open, stopped, discarded) stay out; in an
     * anonymous round nothing says who answered.
     */
    public byte[] export(Actor actor, String caseId) {
        access.check(actor, caseId, CaseAction.MANAGE, caseId);
        Map<String, List<Document>> documents = documentsOf(caseId);
        if (documents.get(CASES).isEmpty()) {
            throw new NotFoundException("error.case.gone");
        }
        Omissions omitted = new Omissions();
        Map<String, List<Document>> exported = applyRules(documents, rounds.revealedRounds(actor, caseId), omitted);
        Document root = new Document("formaat", "reflectiewerkplaats-casus-export/2")
                .append("geexporteerdOp", clock.instant().toString())
                .append("casusId", caseId)
                .append("weggelaten", omitted.asDocuments())
                .append("documenten", new Document(new LinkedHashMap<>(exported)))
                .append("toegangslog", log.entriesOfCase(caseId).stream().map(e -> new Document()
                        .append("tijdstip", e.at().toString()).append("wie", e.actorId()).append("soort", e.actorKind())
                        .append("actie", e.action().name()).append("object", e.object())
                        .append("toegestaan", e.allowed()).append("adres", e.address())).toList());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("LEESMIJ.txt"));
            out.write(omitted.readMe().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
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

    /** The declared export rule of each collection, from the stored types' {@link ExportRule}. */
    Map<String, ExportRule> rules() {
        Map<String, ExportRule> rules = new HashMap<>();
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            ExportRule rule = entity.getType().getAnnotation(ExportRule.class);
            if (rule != null) {
                rules.put(entity.getCollection(), rule);
            }
        }
        return rules;
    }

    /**
     * Applies each collection's rule to copies of its documents.
     *
     * @param revealed the case's revealed rounds (id to "with names"), by the rounds' own rule
     */
    private Map<String, List<Document>> applyRules(Map<String, List<Document>> documents, Map<String, Boolean> revealed,
                                                   Omissions omitted) {
        Map<String, ExportRule> rules = rules();
        Map<String, List<Document>> result = new LinkedHashMap<>();
        documents.forEach((collection, docs) -> {
            ExportRule rule = rules.get(collection);
            if (rule == null) {
                result.put(collection, docs);
                return;
            }
            List<Document> kept = new ArrayList<>();
            List<Document> anonymous = new ArrayList<>();
            for (Document original : docs) {
                Document doc = new Document(original);
                boolean hideOwner = rule.onlyCounted();
                if (rule.ownerOnly()) {
                    omitted.add(collection, null, Omissions.OWNER_ONLY);
                    continue;
                }
                if (!rule.sharedField().isEmpty() && !Boolean.TRUE.equals(doc.get(rule.sharedField()))) {
                    omitted.add(collection, null, Omissions.NOT_SHARED);
                    continue;
                }
                if (!rule.roundField().isEmpty()) {
                    Boolean named = revealed.get(String.valueOf(doc.get(rule.roundField())));
                    if (named == null && rule.hiddenUntilReveal()) {
                        omitted.add(collection, null, Omissions.NOT_REVEALED);
                        continue;
                    }
                    hideOwner = named == null || !named;
                }
                for (String secret : rule.secretFields()) {
                    if (doc.remove(secret) != null) {
                        omitted.add(collection, secret, Omissions.SECRET);
                    }
                }
                if (hideOwner) {
                    for (String owner : rule.ownerFields()) {
                        if (doc.remove(owner) != null) {
                            omitted.add(collection, owner, rule.onlyCounted() ? Omissions.ONLY_COUNTED : Omissions.ANONYMOUS);
                        }
                    }
                    anonymous.add(doc);
                } else {
                    kept.add(doc);
                }
            }
            // anonymous answers in an order that says nothing about who or when: by their content
            anonymous.sort(Comparator.comparing(Document::toJson));
            kept.addAll(anonymous);
            if (!kept.isEmpty()) {
                result.put(collection, kept);
            }
        });
        return result;
    }

    /** What the export left out, counted per collection, field and reason. */
    static final class Omissions {

        static final String SECRET = "geheim: een toegangslink of persoonssleutel geeft toegang en is geen casusinhoud";
        static final String NOT_REVEALED = "antwoord in een ronde die niet onthuld is (nog open, gestopt of weggegooid):"
                + " niemand heeft het gezien, het blijft privé";
        static final String ANONYMOUS = "anonieme of niet onthulde ronde: wie dit antwoordde of koos (en wanneer)"
                + " blijft onbekend";
        static final String NOT_SHARED = "eigen, niet gedeeld (bijvoorbeeld een spinnenweb): alleen wie het invulde"
                + " heeft het gezien";
        static final String OWNER_ONLY = "alleen voor wie het koos (een eigen plek uit zelf reflecteren): niemand"
                + " anders heeft het gezien; wat diegene inbracht staat bij de ronde";
        static final String ONLY_COUNTED = "in de app alleen als aantal getoond: wie het koos blijft onbekend";

        private final Map<List<String>, Integer> counts = new TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1))
                        .thenComparing(k -> k.get(2)));

        void add(String collection, String field, String reason) {
            counts.merge(List.of(collection, field == null ? "" : field, reason), 1, Integer::sum);
        }

        List<Document> asDocuments() {
            List<Document> list = new ArrayList<>();
            counts.forEach((k, n) -> list.add(new Document("collectie", k.get(0))
                    .append("wat", k.get(1).isEmpty() ? "hele documenten" : "veld " + k.get(1))
                    .append("aantal", n).append("reden", k.get(2))));
            return list;
        }

        String readMe() {
            StringBuilder text = new StringBuilder("""
                    Export van een casus uit Reflectiewerkplaats
                    ============================================

                    casus.json bevat elk opgeslagen document van deze casus en de regels uit het
                    toegangslog; verslagen/ bevat het verslag van elke bijeenkomst.

                    Wat niemand in de app mag zien, staat ook niet in deze export:
                    - toegangslinks (uitnodiging, meekijken) en persoonssleutels van deelnemers;
                    - antwoorden en plekken in rondes die niet onthuld zijn (nog open, gestopt of
                      weggegooid);
                    - in anonieme rondes: wie wat antwoordde, en wanneer;
                    - wie wat koos waar de app alleen aantallen toont;
                    - wat iemand alleen voor zichzelf invulde en niet deelde (een spinnenweb,
                      de plek en de antwoorden van zelf reflecteren).
                    Wachtwoorden en tweestapsgeheimen van begeleiders horen niet bij een casus
                    en staan er nooit in.

                    """);
            if (counts.isEmpty()) {
                text.append("In deze export is niets weggelaten.\n");
            } else {
                text.append("Weggelaten in deze export (ook in casus.json onder \"weggelaten\"):\n");
                counts.forEach((k, n) -> text.append("- ").append(k.get(0)).append(": ")
                        .append(k.get(1).isEmpty() ? n + " hele documenten" : "veld " + k.get(1) + " (" + n + "x)")
                        .append(" — ").append(k.get(2)).append('\n'));
            }
            return text.toString();
        }
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
        if (ObjectId.isValid(id)) {
            forms.add(new ObjectId(id));
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
