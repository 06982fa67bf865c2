package nl.reflectiewerkplaats.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.function.BiFunction;
import nl.reflectiewerkplaats.casework.MeetingPaths;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;

/**
 * Bad input on every field of every instrument, through the services: every public
 * service method that takes an actor and text, numbers or dates (found by reflection,
 * so a new instrument is included; record parameters such as a timeline event's draft
 * are filled field by field) is called by the case's facilitator with a generated list
 * of bad values in one parameter at a time, the others sensible and the ids valid. Each
 * call must end in a Dutch message (a known domain exception whose key is in the Dutch
 * texts) or in a clean store; never in an unexpected exception. Afterwards every
 * document of the case is read again — through every read method, the session report
 * and the export — and no stored text is longer than the longest input the app allows,
 * no stored number is NaN or infinite.
 */
@StoreTest
class BadInputFaultTests {

    private static final String LONG = "a".repeat(10_000);
    private static final List<Object> BAD_TEXT = List.of("", "   ", LONG, "regel\u0000\u0007\u001b[31m\u0008\r\n\t",
            "\u202Eabc\u200F\u200E\u2067", "👨‍👩‍👧 🧒🏽 \uD83D", "<script>alert(1)</script><img src=x onerror=alert(1)>",
            "${7*7} {0} %s \\u0000 ' \" ; --");
    private static final List<Object> BAD_INT = List.of(-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000);
    private static final List<Object> BAD_LONG = List.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE);
    private static final List<Object> BAD_DOUBLE = List.of(-1.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e12, -100_000.0, Double.MAX_VALUE);
    private static final List<Object> BAD_DATE = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
            LocalDate.of(1800, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2200, 1, 1));
    private static final List<Object> BAD_INSTANT = List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
            Instant.parse("9999-12-31T00:00:00Z"));
    /** Services checked elsewhere: the log itself and the access check. */
    private static final List<String> SKIPPED_SERVICES = List.of("AccessLog", "AccessPolicy");
    /** Methods not tried (none: genogram moves are bounded and the picture capped, so they are tried too). */
    private static final List<String> SKIPPED_METHODS = List.of();
    /** Read methods, called before and after to see every document can still be read. */
    private static final List<String> READS = List.of("get", "list", "find", "history", "markers", "current", "pdf",
            "picture", "counts", "preparation", "agenda", "lastTime", "answeredBy", "of", "export", "guide",
            "diagram", "timeline", "events", "board", "cards", "notes", "state", "summary", "progress");

    @Autowired
    ApplicationContext context;
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
    RoundService rounds;
    @Autowired
    CaseArchive archive;

    @Test
    void badInputGetsADutchMessageOrAcleanStore() throws Exception {
        Properties dutch = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Actor.Facilitator anna = data.facilitator();
        Case theCase = cases.createCase(anna, "Gezin Wilg " + System.nanoTime(), "Waar lopen we vast?");
        Meeting meeting = meetings.createMeeting(anna, theCase.getId(), "Wilg bijeenkomst",
                LocalDate.now(MeetingPaths.ZONE), true);
        Actor.Participant bram = data.participant(meeting, "Bram");
        Map<String, String> ids = fixtures(anna, theCase, meeting, bram);

        List<String> unexpected = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> messages = new TreeMap<>();
        int inputs = 0;
        List<Method> reads = new ArrayList<>();
        for (Object bean : services()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method method : type.getMethods()) {
                Parameter[] params = method.getParameters();
                if (params.length == 0 || params[0].getType() != Actor.class) {
                    continue;
                }
                if (isRead(method)) {
                    reads.add(method);
                }
                if (SKIPPED_METHODS.contains(type.getSimpleName() + "." + method.getName())
                        || Arrays.stream(params).skip(1).anyMatch(p -> !fillable(p.getType()))) {
                    // a callback (e.g. the picture's translator) is no form field
                    continue;
                }
                for (int target = 1; target < params.length; target++) {
                    List<Slot> slots = slots(params[target]);
                    for (Slot slot : slots) {
                        for (Object bad : slot.values()) {
                            inputs++;
                            String where = type.getSimpleName() + "." + method.getName() + "(" + params[target].getName()
                                    + slot.label() + " = " + describe(bad) + ")";
                            Object[] args = new Object[params.length];
                            args[0] = anna;
                            String outcome;
                            try {
                                for (int i = 1; i < params.length; i++) {
                                    args[i] = i == target ? slot.build(bad, ids, type.getSimpleName())
                                            : argumentFor(type.getSimpleName(), params[i], ids);
                                }
                                outcome = call(bean, method, args, where, dutch, unexpected, messages);
                            } catch (RecordRefused refused) {
                                outcome = judge(refused.getCause(), where, dutch, unexpected, messages);
                            }
                            outcomes.merge(outcome, 1, Integer::sum);
                        }
                    }
                }
            }
        }

        // every document of the case can still be read: through the services, the report and the export
        int readCalls = 0;
        for (Method method : reads) {
            Object bean = context.getBean(method.getDeclaringClass());
            Object[] args = new Object[method.getParameterCount()];
            args[0] = anna;
            Parameter[] params = method.getParameters();
            for (int i = 1; i < params.length; i++) {
                args[i] = argumentFor(AopUtils.getTargetClass(bean).getSimpleName(), params[i], ids);
            }
            readCalls++;
            try {
                method.invoke(bean, args);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof UserFacingException)) {
                    unexpected.add("lezen na afloop: " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                            + " → " + e.getCause());
                }
            }
        }
        byte[] report = context.getBean(SessionReportService.class)
                .pdf(anna, meeting.getId(), true);
        assertThat(new String(report, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Map<String, List<Document>> stored = archive.documentsOf(theCase.getId());
        List<String> broken = new ArrayList<>();
        int documents = 0;
        for (var collection : stored.entrySet()) {
            for (Document doc : collection.getValue()) {
                documents++;
                inspect(collection.getKey(), doc, broken);
            }
        }

        System.out.printf("%nSlechte invoer: %d invoeren geprobeerd op service-methodes; uitkomsten %s;%n"
                        + "  %d verschillende Nederlandse meldingen getoond %s;%n"
                        + "  daarna %d leesaanroepen, %d documenten nagelezen, verslag %d bytes; onverwacht: %d, kapot: %d%n",
                inputs, outcomes, messages.size(), messages.keySet(), readCalls, documents, report.length,
                unexpected.size(), broken.size());
        unexpected.forEach(u -> System.out.println("  ONVERWACHT " + u));
        broken.forEach(b -> System.out.println("  KAPOT " + b));
        assertThat(inputs).isGreaterThan(500);
        assertThat(unexpected).as("onverwachte fouten").isEmpty();
        assertThat(broken).as("kapotte documenten").isEmpty();
        assertThat(messages).as("Dutch messages were shown").isNotEmpty();
    }

    private String call(Object bean, Method method, Object[] args, String where, Properties dutch,
                        List<String> unexpected, Map<String, Integer> messages) {
        try {
            method.invoke(bean, args);
            return "opgeslagen of gelezen";
        } catch (InvocationTargetException e) {
            return judge(e.getCause(), where, dutch, unexpected, messages);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String judge(Throwable cause, String where, Properties dutch, List<String> unexpected,
                                Map<String, Integer> messages) {
        {
            if (cause instanceof UserFacingException userFacing) {
                if (!dutch.containsKey(userFacing.messageKey())) {
                    unexpected.add(where + " → melding zonder Nederlandse tekst: " + userFacing.messageKey());
                    return "melding zonder tekst";
                }
                messages.merge(userFacing.messageKey(), 1, Integer::sum);
                return "Nederlandse melding";
            }
            unexpected.add(where + " → " + cause);
            return "onverwacht";
        }
    }

    private static void inspect(String where, Object value, List<String> broken) {
        if (value instanceof Document doc) {
            doc.forEach((key, v) -> inspect(where + "." + key, v, broken));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> inspect(where + "[]", v, broken));
        } else if (value instanceof String s && s.length() >= LONG.length()) {
            broken.add(where + ": tekst van " + s.length() + " tekens opgeslagen");
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            broken.add(where + ": getal " + d + " opgeslagen");
        }
    }

    private List<Object> services() {
        List<Object> beans = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (type.getPackageName().startsWith("nl.reflectiewerkplaats")
                    && !SKIPPED_SERVICES.contains(type.getSimpleName())) {
                beans.add(bean);
            }
        }
        beans.sort(Comparator.comparing(b -> AopUtils.getTargetClass(b).getName()));
        return beans;
    }

    private static boolean fillable(Class<?> t) {
        return t.isPrimitive() || t.isEnum() || t.isRecord() || t == String.class || Number.class.isAssignableFrom(t)
                || t == Boolean.class || t == LocalDate.class || t == Instant.class || t == List.class
                || t == Collection.class || t == Set.class;
    }

    private static boolean isRead(Method method) {
        String name = method.getName();
        boolean onlyIds = Arrays.stream(method.getParameters()).skip(1)
                .allMatch(p -> p.getType() == String.class && p.getName().endsWith("Id")
                        || p.getType() == boolean.class);
        return onlyIds && READS.stream().anyMatch(name::startsWith);
    }

    /** One bad value placed in a parameter (or in one field of a record parameter). */
    private record Slot(String label, List<Object> values, BiFunction<Object, Map<String, String>, Object> builder) {
        Object build(Object bad, Map<String, String> ids, String service) {
            return builder.apply(bad, ids);
        }
    }

    private static List<Slot> slots(Parameter p) {
        Class<?> t = p.getType();
        List<Object> values = badValuesFor(t, p.getName());
        if (values != null) {
            return List.of(new Slot("", values, (bad, ids) -> bad));
        }
        if (t.isRecord()) {
            List<Slot> slots = new ArrayList<>();
            RecordComponent[] components = t.getRecordComponents();
            for (int c = 0; c < components.length; c++) {
                List<Object> bad = badValuesFor(components[c].getType(), components[c].getName());
                if (bad == null) {
                    continue;
                }
                int index = c;
                slots.add(new Slot("." + components[c].getName(), bad, (value, ids) -> record(t, index, value, ids)));
            }
            return slots;
        }
        return List.of();
    }

    private static List<Object> badValuesFor(Class<?> t, String name) {
        if (t == String.class) {
            return name.endsWith("Id") ? null : BAD_TEXT;
        }
        if (t == int.class || t == Integer.class) {
            return BAD_INT;
        }
        if (t == long.class || t == Long.class) {
            return BAD_LONG;
        }
        if (t == double.class || t == Double.class) {
            return BAD_DOUBLE;
        }
        if (t == LocalDate.class) {
            return BAD_DATE;
        }
        if (t == Instant.class) {
            return BAD_INSTANT;
        }
        return null;
    }

    private static Object record(Class<?> type, int badIndex, Object bad, Map<String, String> ids) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int c = 0; c < components.length; c++) {
            types[c] = components[c].getType();
            values[c] = c == badIndex ? bad : defaultFor(types[c], components[c].getName(), ids, "");
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            // the record itself refuses the value: the caller sees the same exception as from the service
            throw new RecordRefused(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object argumentFor(String service, Parameter p, Map<String, String> ids) {
        return defaultFor(p.getType(), p.getName(), ids, service);
    }

    private static Object defaultFor(Class<?> t, String name, Map<String, String> ids, String service) {
        if (t == String.class) {
            return ids.getOrDefault(service + "." + name, ids.getOrDefault(name, name.endsWith("Id") ? "onbekend-id" : "tekst"));
        }
        if (t == int.class || t == Integer.class) {
            return 0;
        }
        if (t == long.class || t == Long.class) {
            return 0L;
        }
        if (t == double.class || t == Double.class) {
            return 0.5;
        }
        if (t == boolean.class || t == Boolean.class) {
            return false;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2021, 3, 4);
        }
        if (t == Instant.class) {
            return Instant.now().plusSeconds(3600);
        }
        if (t == List.class || t == Collection.class) {
            return List.of();
        }
        if (t == Set.class) {
            return Set.of();
        }
        if (t.isRecord()) {
            return record(t, -1, null, ids);
        }
        return null;
    }

    private static String describe(Object bad) {
        String text = String.valueOf(bad);
        return text.length() > 40 ? "«" + text.length() + " tekens»" : "«" + text.replaceAll("\\p{Cntrl}", "·") + "»";
    }

    /** A record's own constructor refused a bad value (before any service was called). */
    static final class RecordRefused extends RuntimeException {
        RecordRefused(Throwable cause) {
            super(cause);
        }
    }

    private Map<String, String> fixtures(Actor.Facilitator anna, Case theCase, Meeting meeting, Actor.Participant bram) {
        dream.addCard(anna, theCase.getId(), meeting.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "Een kaart");
        var note = notes.add(anna, theCase.getId(), "droom", meeting.getId(), "Een notitie");
        Round round = rounds.open(anna, theCase.getId(), meeting.getId(), "spanningsveld:1", Round.RevealMode.NAMED);
        var genogram = context.getBean(GenogramService.class);
        var kind = DiagramKind.GENOGRAM;
        var oma = genogram.addPerson(anna, theCase.getId(), kind, PersonDetails.of(
                Shape.FEMALE, "Oma"));
        var child = genogram.addPerson(anna, theCase.getId(), kind, PersonDetails.of(
                Shape.MALE, "Kind"));
        var line = genogram.addRelation(anna, theCase.getId(), kind, oma.getId(), child.getId(),
                RelationType.CONFLICT, 1, "Lijn");
        var lifeEvent = genogram.addEvent(anna, oma.getId(), LifeEventKind.MOVED,
                LocalDate.of(2020, 1, 1), "Verhuizing");
        var timeline = context.getBean(TimelineService.class);
        var tlEvent = timeline.addEvent(anna, theCase.getId(), meeting.getId(),
                new TimelineEventDraft(EventDate.day(
                        LocalDate.of(2021, 5, 5)), "Gebeurtenis", "", "", EventKind.DECISION));
        var period = timeline.addPeriod(anna, theCase.getId(), meeting.getId(), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), "Periode");
        var gap = timeline.flagGap(anna, theCase.getId(), meeting.getId(), LocalDate.of(2022, 1, 1), "Vraag");
        var interview = context.getBean(InterviewService.class)
                .create(anna, theCase.getId(), "Moeder");
        Map<String, String> ids = new HashMap<>(Map.of("caseId", theCase.getId(), "meetingId", meeting.getId(),
                "roundId", round.getId(), "noteId", note.id(), "participantId", bram.id(),
                "cardId", dream.listCards(anna, theCase.getId()).getFirst().getId()));
        ids.putAll(Map.of("personId", oma.getId(), "fromId", oma.getId(), "toId", child.getId(),
                "relationId", line.getId(), "GenogramService.eventId", lifeEvent.getId(),
                "TimelineService.eventId", tlEvent.getId(), "periodId", period.id(), "gapId", gap.getId(),
                "interviewId", interview.getId(), "sourceId", lifeEvent.getId()));
        return ids;
    }
}
