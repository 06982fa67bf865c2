package nl.reflectiewerkplaats.access;

import nl.reflectiewerkplaats.learningorders.LearningOrder;
import nl.reflectiewerkplaats.learningorders.LearningOrdersService;
import nl.reflectiewerkplaats.sincelast.SinceLastTimeService;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.solo.SoloReflectionService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import nl.reflectiewerkplaats.base.DutchTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.history.HistoryService;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;

/**
 * No role reaches another case's data. Case "Beuk" belongs to facilitator Anna;
 * every other role (another facilitator, a beheerder, participants, a watcher and a
 * bestuurder of other cases, and people of Beuk's own meeting once it is closed)
 * calls every public service method that takes an actor and an id, with Beuk's ids,
 * and opens Beuk's pages. A call may be refused, find nothing or return nothing;
 * it may never return Beuk's data nor change what is stored for Beuk.
 *
 * <p>The methods are found by reflection over every {@code @Service} bean, so an
 * instrument added later is walked too. Every method that takes a case and a meeting
 * is also called with a mismatched pair (a meeting of another case next to a case the
 * caller may use) and must be refused. The matrices are printed.
 */
@StoreTest
class AccessMatrixTests {

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

    /** Services that hold no case data (accounts, the log itself, settings) are checked elsewhere. */
    private static final List<String> NOT_CASE_SERVICES = List.of("AccountService", "AccessLog", "AccessPolicy");

    @Test
    void noRoleReachesAnotherCasesData() throws Exception {
        Actor.Facilitator anna = data.facilitator();
        Case beuk = cases.createCase(anna, "Gezin Beuk " + System.nanoTime(), "GEHEIMEVRAAG van Beuk");
        Meeting beukMeeting = meetings.createMeeting(anna, beuk.getId(), "Beuk bijeenkomst", DutchTime.today(), true);
        Actor.Participant beukParticipant = data.participant(beukMeeting, "Was bij Beuk");
        dream.addCard(anna, beuk.getId(), beukMeeting.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0),
                "GEHEIMEKAART van Beuk");
        var note = notes.add(anna, beuk.getId(), "droom", beukMeeting.getId(), "GEHEIMENOTITIE van Beuk");
        Round round = rounds.open(anna, beuk.getId(), beukMeeting.getId(), "spanningsveld:1", Round.RevealMode.NAMED);
        var genogram = context.getBean(GenogramService.class);
        var gKind = DiagramKind.GENOGRAM;
        var oma = genogram.addPerson(anna, beuk.getId(), gKind, PersonDetails.of(
                Shape.FEMALE, "GEHEIMEOMA"));
        var kind = genogram.addPerson(anna, beuk.getId(), gKind, PersonDetails.of(
                Shape.MALE, "GEHEIMKIND"));
        var line = genogram.addRelation(anna, beuk.getId(), gKind, oma.getId(), kind.getId(),
                RelationType.CONFLICT, 1, "GEHEIMELIJN");
        var lifeEvent = genogram.addEvent(anna, oma.getId(), LifeEventKind.MOVED,
                LocalDate.of(2020, 1, 1), "GEHEIMEVERHUIZING");
        var timeline = context.getBean(TimelineService.class);
        var tlEvent = timeline.addEvent(anna, beuk.getId(), beukMeeting.getId(),
                new TimelineEventDraft(EventDate.day(
                        LocalDate.of(2021, 5, 5)), "GEHEIMEGEBEURTENIS", "", "",
                        EventKind.DECISION));
        var period = timeline.addPeriod(anna, beuk.getId(), beukMeeting.getId(), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), "GEHEIMEPERIODE");
        var gap = timeline.flagGap(anna, beuk.getId(), beukMeeting.getId(), LocalDate.of(2022, 1, 1), "GEHEIMEVRAAG");
        var interview = context.getBean(InterviewService.class)
                .create(anna, beuk.getId(), "GEHEIMEMOEDER");
        var lesson = context.getBean(LearningOrdersService.class)
                .add(anna, beuk.getId(), beukMeeting.getId(), LearningOrder.ART,
                        "GEHEIMELES");
        context.getBean(SinceLastTimeService.class)
                .share(anna, beuk.getId(), beukMeeting.getId(), true);

        // a solo reflection of Beuk's participant: a place and an answer only they may see
        var solo = context.getBean(SoloReflectionService.class);
        String soloField = context.getBean(CardCatalog.class).tensionFields().getFirst().id();
        var soloLink = solo.invite(anna, beuk.getId(), beukParticipant.id(), List.of(soloField));
        solo.place(soloLink.token(), soloField, 0.25);
        solo.answer(soloLink.token(), soloField, 0, "GEHEIMSOLOANTWOORD");

        Actor.Facilitator other = data.facilitator();
        Case eik = data.newCase(other);
        Meeting eikMeeting = meetings.createMeeting(other, eik.getId(), "Eik netwerk", DutchTime.today(), true);
        Actor.Participant eikParticipant = data.participant(eikMeeting, "Deelnemer Eik");
        Actor.Participant eikBestuurder = meetings.join(eikMeeting.getInviteToken(), "Bestuurder Eik", "wethouder",
                null, true).asActor();
        Actor.Participant eikWatcher = meetings.join(meetings.watchLink(other, eikMeeting.getId()).getWatchToken(),
                "Meekijker Eik", "student", null, false).asActor();
        // Beuk's own participant, after the meeting was closed: no longer in
        meetings.setInviteOpen(anna, beukMeeting.getId(), false);

        Map<String, Actor> roles = new LinkedHashMap<>();
        roles.put("andere begeleider", other);
        roles.put("beheerder", data.beheerderOnly());
        roles.put("deelnemer andere casus", eikParticipant);
        roles.put("bestuurder andere casus", eikBestuurder);
        roles.put("meekijker andere casus", eikWatcher);
        roles.put("deelnemer na sluiten", beukParticipant);
        roles.put("niemand (null)", null);

        Map<String, String> ids = new HashMap<>(Map.of("caseId", beuk.getId(), "meetingId",
                beukMeeting.getId(), "roundId", round.getId(), "noteId", note.id(),
                "participantId", beukParticipant.id(),
                "cardId", dream.listCards(anna, beuk.getId()).getFirst().getId()));
        ids.putAll(Map.of("personId", oma.getId(), "fromId", oma.getId(), "toId", kind.getId(),
                "relationId", line.getId(), "GenogramService.eventId", lifeEvent.getId(),
                "TimelineService.eventId", tlEvent.getId(), "periodId", period.id(), "gapId", gap.getId(),
                "interviewId", interview.getId(), "sourceId", lifeEvent.getId()));
        ids.put("lessonId", lesson.id());
        ids.putAll(Map.of("invitationId", soloLink.invitation().getId(), "SoloReflectionService.fieldId", soloField));
        // a real change of Beuk's history, so undo is tried on something that exists
        ids.put("groupId", context.getBean(HistoryService.class).recent(anna, beuk.getId(), "timeline").getFirst().groupId());

        Map<String, List<Document>> before = archive.documentsOf(beuk.getId());
        List<String> leaks = new ArrayList<>();
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        Set<String> walked = new TreeSet<>();
        int calls = 0;
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.reflectiewerkplaats")
                    || NOT_CASE_SERVICES.contains(type.getSimpleName())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Parameter[] params = method.getParameters();
                if (params.length == 0 || params[0].getType() != Actor.class
                        || Arrays.stream(params).noneMatch(p -> p.getName().endsWith("Id"))) {
                    continue;
                }
                walked.add(type.getSimpleName() + "." + method.getName());
                for (var role : roles.entrySet()) {
                    Object[] args = new Object[params.length];
                    args[0] = role.getValue();
                    for (int i = 1; i < params.length; i++) {
                        args[i] = argumentFor(type.getSimpleName(), params[i], ids);
                    }
                    String outcome;
                    try {
                        Object result = method.invoke(bean, args);
                        outcome = isEmpty(result) ? "leeg" : "GELEKT";
                        if (!isEmpty(result)) {
                            leaks.add(role.getKey() + " → " + type.getSimpleName() + "." + method.getName()
                                    + " gaf " + result);
                        }
                    } catch (InvocationTargetException e) {
                        Throwable cause = e.getCause();
                        outcome = cause instanceof NoAccessException ? "geweigerd"
                                : cause instanceof UserFacingException ? "niet gevonden/ongeldig"
                                : "fout: " + cause;
                        if (!(cause instanceof UserFacingException)) {
                            leaks.add(role.getKey() + " → " + type.getSimpleName() + "." + method.getName()
                                    + " gaf een onverwachte fout " + cause);
                        }
                    }
                    calls++;
                    matrix.computeIfAbsent(role.getKey(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
                }
            }
        }
        // mismatched (case, meeting) pairs: every method that takes both is tried with a
        // meeting of another case next to a case the caller may use; each must be refused
        record Pair(String name, Actor actor, String caseId, String meetingId) {
        }
        List<Pair> pairs = List.of(
                new Pair("andere begeleider: eigen casus, bijeenkomst van Beuk", other, eik.getId(), beukMeeting.getId()),
                new Pair("deelnemer andere casus: eigen casus, bijeenkomst van Beuk", eikParticipant, eik.getId(),
                        beukMeeting.getId()),
                new Pair("Anna: Beuk, bijeenkomst van Eik", anna, beuk.getId(), eikMeeting.getId()));
        Map<String, Map<String, Integer>> pairMatrix = new TreeMap<>();
        List<String> pairLeaks = new ArrayList<>();
        Map<String, List<Document>> eikBefore = archive.documentsOf(eik.getId());
        int pairCalls = 0;
        Set<String> pairMethods = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.reflectiewerkplaats")
                    || NOT_CASE_SERVICES.contains(type.getSimpleName())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Parameter[] params = method.getParameters();
                boolean takesPair = params.length > 0 && params[0].getType() == Actor.class
                        && Arrays.stream(params).anyMatch(p -> p.getName().equals("caseId"))
                        && Arrays.stream(params).anyMatch(p -> p.getName().equals("meetingId"));
                if (!takesPair) {
                    continue;
                }
                pairMethods.add(type.getSimpleName() + "." + method.getName());
                for (Pair pair : pairs) {
                    Object[] args = new Object[params.length];
                    args[0] = pair.actor();
                    for (int i = 1; i < params.length; i++) {
                        args[i] = switch (params[i].getName()) {
                            case "caseId" -> pair.caseId();
                            case "meetingId" -> pair.meetingId();
                            default -> argumentFor(type.getSimpleName(), params[i], ids);
                        };
                    }
                    String outcome;
                    try {
                        Object result = method.invoke(bean, args);
                        outcome = "toegelaten";
                        pairLeaks.add(pair.name() + " → " + type.getSimpleName() + "." + method.getName()
                                + " toegelaten, gaf " + result);
                    } catch (InvocationTargetException e) {
                        outcome = e.getCause() instanceof NoAccessException ? "geweigerd" : "anders: " + e.getCause();
                        if (!(e.getCause() instanceof NoAccessException)) {
                            pairLeaks.add(pair.name() + " → " + type.getSimpleName() + "." + method.getName()
                                    + " niet geweigerd maar " + e.getCause());
                        }
                    }
                    pairCalls++;
                    pairMatrix.computeIfAbsent(pair.name(), k -> new TreeMap<>()).merge(
                            outcome.startsWith("anders") ? "anders" : outcome, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%nNiet-passende (casus, bijeenkomst)-paren: %d aanroepen van %d methodes%n", pairCalls,
                pairMethods.size());
        pairMatrix.forEach((who, outcomes) -> System.out.printf("  %-58s %s%n", who, outcomes));
        assertThat(pairLeaks).as("niet-passende paren").isEmpty();
        assertThat(pairMethods).as("methodes met een (casus, bijeenkomst)-paar").contains(
                "FacilitationService.preparation", "FacilitationService.agenda", "RoundService.open",
                "ArtService.offer", "ClosingService.counts", "BackpackService.start", "HistoryService.restore");
        Map<String, List<Document>> eikAfter = archive.documentsOf(eik.getId());
        eikAfter.forEach((collection, docs) -> docs.forEach(d -> d.remove("version")));
        eikBefore.forEach((collection, docs) -> docs.forEach(d -> d.remove("version")));
        assertThat(eikAfter.keySet()).isEqualTo(eikBefore.keySet());
        for (String collection : eikBefore.keySet()) {
            assertThat(eikAfter.get(collection)).as("opgeslagen " + collection + " van Eik onveranderd")
                    .containsExactlyInAnyOrderElementsOf(eikBefore.get(collection));
        }

        // the case list of every facilitator but Anna leaves Beuk out
        assertThat(cases.listCases(other)).extracting(Case::getId).doesNotContain(beuk.getId());

        // pages: Beuk's case page and workspace show nothing of Beuk to anyone else
        int pages = 0;
        for (var role : List.of(Map.entry("andere begeleider", new String[] {data.usernameOf(other), "FACILITATOR"}),
                Map.entry("beheerder", new String[] {data.usernameOf(roles.get("beheerder")), "BEHEERDER"}))) {
            for (String route : List.of("casussen/" + beuk.getId(), "bijeenkomst/" + beukMeeting.getId(),
                    "casussen/" + beuk.getId() + "/tijdlijn", "casussen/" + beuk.getId() + "/genogram",
                    "casussen/" + beuk.getId() + "/gesprekken", "casussen/" + beuk.getId() + "/zelf-reflecteren")) {
                KaribuSupport.setUp(context);
                try {
                    KaribuSupport.login(role.getValue()[0], role.getValue()[1]);
                    UI.getCurrent().navigate(route);
                    String html = KaribuSupport.pageHtml("rw-message-page");
                    assertThat(html).as(role.getKey() + " op " + route).doesNotContain("Gezin Beuk")
                            .doesNotContain("GEHEIM");
                    pages++;
                } finally {
                    KaribuSupport.tearDown();
                }
            }
        }

        System.out.printf("%nToegangsmatrix: %d aanroepen van service-methodes met Beuks ids, %d pagina's%n", calls, pages);
        matrix.forEach((role, outcomes) -> System.out.printf("  %-26s %s%n", role, outcomes));
        assertThat(leaks).as("lekken").isEmpty();
        assertThat(calls).isGreaterThan(300);
        assertThat(walked).as("solo reflection walked").contains("SoloReflectionService.invite",
                "SoloReflectionService.invitations", "SoloReflectionService.candidates", "SoloReflectionService.revoke",
                "SoloReflectionService.mine", "SoloReflectionService.bringIn", "SoloReflectionService.share",
                "SoloReflectionService.shared");
        Map<String, List<Document>> after = archive.documentsOf(beuk.getId());
        after.forEach((collection, docs) -> docs.forEach(d -> d.remove("version")));
        before.forEach((collection, docs) -> docs.forEach(d -> d.remove("version")));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String collection : before.keySet()) {
            assertThat(after.get(collection)).as("opgeslagen " + collection + " van Beuk onveranderd")
                    .containsExactlyInAnyOrderElementsOf(before.get(collection));
        }
    }

    private static Object argumentFor(String service, Parameter p, Map<String, String> ids) {
        Class<?> t = p.getType();
        if (t == String.class) {
            return ids.getOrDefault(service + "." + p.getName(),
                    ids.getOrDefault(p.getName(), p.getName().endsWith("Id") ? "onbekend-id" : "tekst"));
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
            return DutchTime.today().plusDays(10);
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
        return null;
    }

    private static boolean isEmpty(Object result) {
        return result == null
                || (result instanceof Collection<?> c && c.isEmpty())
                || (result instanceof Map<?, ?> m && m.isEmpty())
                || (result instanceof Optional<?> o && o.isEmpty());
    }
}
