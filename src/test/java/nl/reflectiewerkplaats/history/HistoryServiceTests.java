package nl.reflectiewerkplaats.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.genogram.Diagram;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * History, undo and restore of the timeline and the geno-sociogram on the real store: what is
 * kept, who may undo what, restoring to the end of an earlier meeting, export and erasure, and the
 * bound with 10,000 kept changes.
 */
@StoreTest
class HistoryServiceTests {

    @Autowired
    HistoryService history;
    @Autowired
    TimelineService timeline;
    @Autowired
    GenogramService genogram;
    @Autowired
    MeetingService meetings;
    @Autowired
    CaseArchive archive;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    HistoryJournal journal;
    @Autowired
    TestData data;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;
    @Given
    Meeting meeting;

    private static TimelineEventDraft draft(String title) {
        return new TimelineEventDraft(EventDate.day(LocalDate.of(2023, 3, 1)), title, "", "", EventKind.DECISION);
    }

    private List<String> titles(Actor actor) {
        return timeline.events(actor, theCase.getId()).stream().map(TimelineEvent::getTitle).toList();
    }

    private static String key(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        throw new AssertionError("no message");
    }

    @Test
    void aParticipantUndoesTheirOwnRemovalAndTheEventComesBackAsItWas() {
        Actor.Participant piet = data.participant(meeting, "Piet");
        TimelineEvent added = timeline.addEvent(piet, theCase.getId(), meeting.getId(), draft("Verhuizing naar Zwolle"));
        timeline.removeEvent(piet, added.getId());
        assertThat(titles(anna)).isEmpty();

        List<HistoryEntry> entries = history.recent(piet, theCase.getId(), "timeline");
        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst().items()).singleElement().satisfies(i -> {
            assertThat(i.label()).isEqualTo("Verhuizing naar Zwolle");
            assertThat(i.kind().name()).isEqualTo("REMOVED");
        });
        assertThat(entries.getFirst().actorName()).isEqualTo("Piet");
        assertThat(entries.getFirst().undoable()).isTrue();
        assertThat(entries.get(1).undoable()).as("not their last change").isFalse();

        history.undo(piet, theCase.getId(), entries.getFirst().groupId());
        List<TimelineEvent> back = timeline.events(anna, theCase.getId());
        assertThat(back).singleElement().satisfies(e -> {
            assertThat(e.getId()).isEqualTo(added.getId());
            assertThat(e.getTitle()).isEqualTo("Verhuizing naar Zwolle");
            assertThat(e.getAddedByName()).isEqualTo("Piet");
        });
        // the undo is kept, and is itself the participant's last change (so it can be undone)
        List<HistoryEntry> after = history.recent(piet, theCase.getId(), "timeline");
        assertThat(after.getFirst().operation()).isEqualTo(ChangeRecord.Operation.UNDO);
        assertThat(after.getFirst().undoable()).isTrue();
        assertThat(history.size(anna, theCase.getId())).isEqualTo(3);
    }

    @Test
    void aParticipantCannotUndoSomeoneElsesChangeNorAnOlderOwnOne() {
        Actor.Participant piet = data.participant(meeting, "Piet");
        Actor.Participant fatma = data.participant(meeting, "Fatma");
        timeline.addEvent(anna, theCase.getId(), meeting.getId(), draft("Van Anna"));
        TimelineEvent first = timeline.addEvent(piet, theCase.getId(), meeting.getId(), draft("Eerste van Piet"));
        timeline.addEvent(piet, theCase.getId(), meeting.getId(), draft("Tweede van Piet"));
        List<HistoryEntry> entries = history.recent(piet, theCase.getId(), "timeline");
        String annas = entries.get(2).groupId();
        String pietsFirst = entries.get(1).groupId();

        assertThat(entries.get(2).undoable()).isFalse();
        assertThat(key(() -> history.undo(piet, theCase.getId(), annas))).isEqualTo("error.history.notOwn");
        assertThat(key(() -> history.undo(fatma, theCase.getId(), pietsFirst))).isEqualTo("error.history.notOwn");
        assertThat(key(() -> history.undo(piet, theCase.getId(), pietsFirst))).isEqualTo("error.history.notOwnLast");
        assertThat(titles(anna)).contains("Van Anna", "Eerste van Piet", "Tweede van Piet");

        // changed by someone else afterwards: not even the facilitator undoes the older change first
        timeline.editEvent(fatma, first.getId(), first.getVersion(), draft("Eerste, door Fatma verbeterd"));
        assertThat(key(() -> history.undo(anna, theCase.getId(), pietsFirst))).isEqualTo("error.history.changedAfter");
        assertThat(history.recent(anna, theCase.getId(), "timeline").get(2).changedAfterBy()).isEqualTo("Fatma");
        assertThat(titles(anna)).contains("Eerste, door Fatma verbeterd");
    }

    @Test
    void theFacilitatorUndoesAnyChangeAndTheUndoCanBeUndone() {
        Actor.Participant piet = data.participant(meeting, "Piet");
        TimelineEvent e = timeline.addEvent(piet, theCase.getId(), meeting.getId(), draft("Gesprek met school"));
        timeline.editEvent(piet, e.getId(), e.getVersion(), draft("Gesprek met school afgezegd"));
        timeline.addEvent(piet, theCase.getId(), meeting.getId(), draft("Nog iets van Piet"));

        List<HistoryEntry> forAnna = history.recent(anna, theCase.getId(), "timeline");
        assertThat(forAnna).extracting(HistoryEntry::undoable).containsExactly(true, true, false);
        assertThat(forAnna.get(2).changedAfterBy()).isEqualTo("Piet");
        HistoryEntry undo = history.undo(anna, theCase.getId(), forAnna.get(1).groupId());
        assertThat(titles(anna)).contains("Gesprek met school").doesNotContain("Gesprek met school afgezegd");

        history.undo(anna, theCase.getId(), undo.groupId());
        assertThat(titles(anna)).contains("Gesprek met school afgezegd");
        assertThat(history.recent(anna, theCase.getId(), "timeline")).hasSize(5);
    }

    @Test
    void theFacilitatorRestoresTheGenogramToTheEndOfMeetingOneAndCanUndoTheRestore() {
        String caseId = theCase.getId();
        LocalDate day1 = DutchTime.today().minusDays(7);
        Meeting first = meetings.createMeeting(anna, caseId, "Bijeenkomst 1", day1);
        // meeting 1: grandmother, child and a line between them
        Person oma = genogram.addPerson(anna, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, "Oma Jansen"));
        Person kind = genogram.addPerson(anna, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.MALE, "Kees"));
        genogram.addRelation(anna, caseId, DiagramKind.GENOGRAM, oma.getId(), kind.getId(), RelationType.CLOSE, 0, "");
        // these were made during meeting 1, a week ago
        mongo.updateMulti(Query.query(Criteria.where("caseId").is(caseId)), new Update().set("at",
                Date.from(day1.atTime(11, 0).atZone(DutchTime.ZONE).toInstant())), ChangeRecord.COLLECTION);

        // meeting 2 (today): grandmother removed with her line, a neighbour added, the child renamed
        Actor.Participant piet = data.participant(meeting, "Piet");
        genogram.removePerson(anna, oma.getId());
        genogram.addPerson(piet, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.MALE, "Buurman"));
        Person renamed = genogram.editPerson(piet, kind.getId(), kind.getVersion(), PersonDetails.of(Shape.MALE, "Kees junior"));
        assertThat(names()).containsExactlyInAnyOrder("Kees junior", "Buurman");

        assertThat(history.restorePoints(anna, caseId)).extracting(RestorePoint::title).containsExactly("Bijeenkomst 1");
        assertThat(key(() -> history.restore(anna, caseId, meeting.getId(), "genogram")))
                .as("today's meeting is not over").isEqualTo("error.history.meetingNotOver");
        assertThat(key(() -> history.restore(piet, caseId, first.getId(), "genogram"))).isEqualTo("error.noAccess");

        HistoryEntry restore = history.restore(anna, caseId, first.getId(), "genogram");
        assertThat(restore.operation()).isEqualTo(ChangeRecord.Operation.RESTORE);
        assertThat(restore.restoredTo()).isEqualTo("Bijeenkomst 1");
        Diagram restored = genogram.open(anna, caseId, DiagramKind.GENOGRAM);
        assertThat(restored.persons()).extracting(Person::getName).containsExactlyInAnyOrder("Oma Jansen", "Kees");
        assertThat(restored.persons()).filteredOn(p -> p.getName().equals("Oma Jansen")).singleElement()
                .extracting(Person::getId).isEqualTo(oma.getId());
        assertThat(restored.relations()).singleElement().satisfies(r -> {
            assertThat(r.getFromId()).isEqualTo(oma.getId());
            assertThat(r.getToId()).isEqualTo(kind.getId());
        });
        assertThat(restored.persons()).filteredOn(p -> p.getId().equals(kind.getId())).singleElement()
                .extracting(Person::getVersion).isEqualTo(renamed.getVersion() + 1);

        // the restore is one change; undone, meeting 2's state is back
        history.undo(anna, caseId, restore.groupId());
        assertThat(names()).containsExactlyInAnyOrder("Kees junior", "Buurman");
        assertThat(genogram.open(anna, caseId, DiagramKind.GENOGRAM).relations()).isEmpty();
    }

    private List<String> names() {
        return genogram.open(anna, theCase.getId(), DiagramKind.GENOGRAM).persons().stream().map(Person::getName).toList();
    }

    @Test
    void theExportHoldsTheHistoryAndErasureRemovesIt() throws IOException {
        Case other = data.newCase(anna);
        timeline.addEvent(anna, theCase.getId(), meeting.getId(), draft("Melding Veilig Thuis"));
        timeline.addEvent(anna, other.getId(), null, draft("Ander gezin"));
        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive.export(anna, theCase.getId())))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("casus.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        Document docs = Document.parse(json).get("documenten", Document.class);
        assertThat(docs.getList(ChangeRecord.COLLECTION, Document.class)).singleElement().satisfies(d -> {
            assertThat(d.getString("label")).isEqualTo("Melding Veilig Thuis");
            assertThat(d.getString("actorName")).isEqualTo(anna.displayName());
            assertThat(d.getString("kind")).isEqualTo("ADDED");
        });
        assertThat(docs.getList(ChangeState.COLLECTION, Document.class)).singleElement().satisfies(d ->
                assertThat(d.get("after", Document.class).getString("title")).isEqualTo("Melding Veilig Thuis"));
        assertThat(json).doesNotContain("Ander gezin");

        archive.erase(anna, theCase.getId());
        assertThat(mongo.count(Query.query(Criteria.where("caseId").is(theCase.getId())), ChangeRecord.COLLECTION)).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("caseId").is(theCase.getId())), ChangeState.COLLECTION)).isZero();
        assertThat(history.size(anna, other.getId())).isEqualTo(1);
    }

    @Test
    void withTenThousandKeptChangesTheTimelineStillOpensQuicklyAndTheSizeIsReported() {
        String caseId = theCase.getId();
        TimelineEvent e = timeline.addEvent(anna, caseId, meeting.getId(), draft("Schoolwissel"));
        for (int i = 0; i < 19; i++) {
            e = timeline.editEvent(anna, e.getId(), e.getVersion(), draft("Schoolwissel " + i));
        }
        // 10,000 kept changes, stored by the journal (at once, to keep the test short)
        Document state = new Document(mongo.findById(e.getId(), Document.class, "timeline_events"));
        List<HistoryJournal.Kept> many = new ArrayList<>();
        for (int i = 0; i < 10_000 - 21; i++) {
            String groupId = caseId + "-bulk-" + i;
            many.add(new HistoryJournal.Kept(List.of(new ChangeRecord(caseId, meeting.getId(), groupId, 0,
                    ChangeRecord.Operation.CHANGE, anna.id(), anna.displayName(),
                    java.time.Instant.now().minusSeconds(36_000 - i), "timeline", "timeline.event",
                    "bulk-doc-" + (i % 500), DocumentChange.Kind.CHANGED, groupId, "Schoolwissel (ouder)")),
                    List.of(new ChangeState(groupId, caseId, state, state))));
        }
        journal.storeAll(many);
        try {
            tenThousandChanges(caseId, e);
        } finally {
            // the test store is shared by every test (and other tests read whole collections): leave it lean
            for (String collection : List.of(ChangeRecord.COLLECTION, ChangeState.COLLECTION, "case_history_heads")) {
                mongo.remove(Query.query(Criteria.where("caseId").is(caseId)), collection);
            }
        }
    }

    private void tenThousandChanges(String caseId, TimelineEvent e) {
        // the newest change, after the bulk
        e = timeline.editEvent(anna, e.getId(), e.getVersion(), draft("Schoolwissel 19"));
        assertThat(history.size(anna, caseId)).isEqualTo(10_000);

        long opening = Long.MAX_VALUE;
        long listing = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            // what the timeline loads when it opens (the history is not read until someone opens it)
            long start = System.nanoTime();
            timeline.timeline(anna, caseId);
            assertThat(timeline.events(anna, caseId)).hasSize(1);
            timeline.periods(anna, caseId);
            timeline.gaps(anna, caseId);
            long opened = System.nanoTime();
            // what "Geschiedenis" loads: the newest changes and how many are kept
            List<HistoryEntry> recent = history.recent(anna, caseId, "timeline");
            long size = history.size(anna, caseId);
            opening = Math.min(opening, opened - start);
            listing = Math.min(listing, System.nanoTime() - opened);
            assertThat(recent).hasSize(HistoryService.RECENT_CHANGES);
            assertThat(size).isEqualTo(10_000);
        }
        System.out.printf("%nGeschiedenis: 10000 wijzigingen bewaard; tijdlijn openen %.1f ms, geschiedenis tonen %.1f ms%n",
                opening / 1e6, listing / 1e6);
        assertThat(opening / 1_000_000).isLessThan(300);
        assertThat(listing / 1_000_000).isLessThan(300);
        // the newest change is still the one that can be undone, as quickly
        HistoryEntry newest = history.recent(anna, caseId, "timeline").getFirst();
        assertThat(newest.items().getFirst().label()).isEqualTo("Schoolwissel 19");
        long start = System.nanoTime();
        history.undo(anna, caseId, newest.groupId());
        long undoing = System.nanoTime() - start;
        System.out.printf("Geschiedenis: ongedaan maken bij 10000 wijzigingen %.1f ms%n", undoing / 1e6);
        assertThat(titles(anna)).containsExactly("Schoolwissel 18");
        assertThat(undoing / 1_000_000).as("undo on a loaded machine").isLessThan(1000);
    }
}
