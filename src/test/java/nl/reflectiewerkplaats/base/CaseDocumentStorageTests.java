package nl.reflectiewerkplaats.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.agreements.AgreementItem;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.art.ArtImage;
import nl.reflectiewerkplaats.art.ArtPiece;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.Preparation;
import nl.reflectiewerkplaats.genogram.DiagramKind;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.LifeEvent;
import nl.reflectiewerkplaats.genogram.LifeEventKind;
import nl.reflectiewerkplaats.genogram.Person;
import nl.reflectiewerkplaats.genogram.PersonDetails;
import nl.reflectiewerkplaats.genogram.Relation;
import nl.reflectiewerkplaats.genogram.RelationType;
import nl.reflectiewerkplaats.genogram.Shape;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.language.FeelingPick;
import nl.reflectiewerkplaats.mdo.MdoConsent;
import nl.reflectiewerkplaats.notes.SharedNote;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.spiderweb.PitfallChecklist;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Case documents share their id, case id and version through {@link CaseDocument}: a
 * document stored by the code before that base class (written here as raw BSON, in the
 * shape the old classes wrote) still loads, can be edited with its old version, and is
 * stored again under the same field names.
 */
@StoreTest
class CaseDocumentStorageTests {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    DreamBoardService board;
    @Autowired
    SharedNoteService notes;
    @Autowired
    FeelingCardsService feelings;
    @Autowired
    AgreementService agreements;
    @Autowired
    GenogramService genogram;
    @Autowired
    TestData data;

    Actor.Facilitator facilitator;
    Case theCase;
    Meeting meeting;

    @BeforeEach
    void setUp() {
        facilitator = data.facilitator();
        theCase = data.newCase(facilitator);
        meeting = data.newMeeting(facilitator, theCase);
    }

    @Test
    void aVersionedDocumentStoredBeforeLoadsAndEditsWithItsOldVersion() {
        ObjectId id = new ObjectId();
        Date at = Date.from(Instant.parse("2026-01-05T10:00:00Z"));
        mongo.getCollection("dream_cards").insertOne(new Document("_id", id)
                .append("caseId", theCase.getId())
                .append("meetingId", meeting.getId())
                .append("question", new Document("audience", "CHILD").append("index", 0))
                .append("text", "Opgeslagen voor de basisklasse")
                .append("authorId", facilitator.id())
                .append("authorName", facilitator.displayName())
                .append("createdAt", at)
                .append("updatedAt", at)
                .append("version", 3L)
                .append("_class", DreamCard.class.getName()));

        DreamCard loaded = board.listCards(facilitator, theCase.getId()).stream()
                .filter(c -> c.getId().equals(id.toHexString())).findFirst().orElseThrow();
        assertThat(loaded.getCaseId()).isEqualTo(theCase.getId());
        assertThat(loaded.getVersion()).isEqualTo(3);
        assertThat(loaded.getText()).isEqualTo("Opgeslagen voor de basisklasse");

        assertThatThrownBy(() -> board.editCard(facilitator, loaded.getId(), 2, "Van een oude versie"))
                .isInstanceOf(StaleEditException.class);
        DreamCard edited = board.editCard(facilitator, loaded.getId(), 3, "Nieuwe tekst");
        assertThat(edited.getVersion()).isEqualTo(4);

        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "dream_cards");
        assertThat(stored).isNotNull();
        assertThat(stored.get("caseId")).isEqualTo(theCase.getId());
        assertThat(stored.get("version")).isEqualTo(4L);
        assertThat(stored.get("text")).isEqualTo("Nieuwe tekst");
        assertThat(stored.keySet()).doesNotContain("id");
    }

    @Test
    void anUnversionedDocumentStoredBeforeLoadsAndIsRemovedByItsId() {
        ObjectId id = new ObjectId();
        mongo.getCollection("shared_notes").insertOne(new Document("_id", id)
                .append("caseId", theCase.getId())
                .append("topic", "spanningsveld:1")
                .append("meetingId", meeting.getId())
                .append("text", "Wat we zagen")
                .append("authorId", facilitator.id())
                .append("authorName", facilitator.displayName())
                .append("createdAt", Date.from(Instant.parse("2026-01-05T10:00:00Z")))
                .append("_class", SharedNote.class.getName()));

        SharedNote loaded = notes.notes(facilitator, theCase.getId(), "spanningsveld:1").stream()
                .filter(n -> n.id().equals(id.toHexString())).findFirst().orElseThrow();
        assertThat(loaded.caseId()).isEqualTo(theCase.getId());
        assertThat(loaded.text()).isEqualTo("Wat we zagen");

        notes.remove(facilitator, loaded.id());
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(id)), "shared_notes")).isZero();
    }

    @Test
    void aNewDocumentIsStoredUnderTheOldFieldNames() {
        DreamCard card = board.addCard(facilitator, theCase.getId(), meeting.getId(),
                new DreamQuestion(DreamQuestion.Audience.CHILD, 0),
                "Een nieuwe kaart");
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId(card.getId()))),
                Document.class, "dream_cards");
        assertThat(stored).isNotNull();
        assertThat(stored.keySet()).contains("_id", "caseId", "version", "authorId", "createdAt");
        assertThat(stored.get("caseId")).isEqualTo(theCase.getId());
    }

    @Test
    void aOnePerMeetingDocumentKeepsItsUniqueMeetingIndexSoASecondForTheSameMeetingIsRefused() {
        for (Class<?> type : List.of(ArtPiece.class, ArtImage.class, MdoConsent.class, PitfallChecklist.class,
                Agenda.class, Preparation.class)) {
            String collection = mongo.getCollectionName(type);
            assertThat(mongo.indexOps(type).getIndexInfo()).as(collection)
                    .anySatisfy(index -> {
                        assertThat(index.getName()).isEqualTo("meetingId");
                        assertThat(index.isUnique()).isTrue();
                    });
            mongo.insert(new Document("caseId", theCase.getId()).append("meetingId", meeting.getId()), collection);
            assertThatThrownBy(() -> mongo.insert(new Document("caseId", theCase.getId())
                    .append("meetingId", meeting.getId()), collection))
                    .as(collection).isInstanceOf(DuplicateKeyException.class);
            assertThat(mongo.count(Query.query(Criteria.where("meetingId").is(meeting.getId())), collection))
                    .as(collection).isEqualTo(1);
        }
    }

    @Test
    void aPrivateRoundAnswerStoredBeforeLoadsForItsOwnerAndIsReplacedNotDoubled() {
        Actor.Participant bram = data.participant(meeting, "Bram");
        Round round = feelings.open(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.NAMED);
        ObjectId id = new ObjectId();
        mongo.getCollection("feeling_picks").insertOne(new Document("_id", id)
                .append("roundId", round.getId())
                .append("caseId", theCase.getId())
                .append("ownerId", bram.id())
                .append("ownerName", "Bram")
                .append("words", List.of("machteloos"))
                .append("pickedAt", Date.from(Instant.parse("2026-01-05T10:00:00Z")))
                .append("version", 0L)
                .append("_class", FeelingPick.class.getName()));

        FeelingPick mine = feelings.mine(bram, round.getId()).orElseThrow();
        assertThat(mine.getId()).isEqualTo(id.toHexString());
        assertThat(mine.getRoundId()).isEqualTo(round.getId());
        assertThat(mine.getOwnerName()).isEqualTo("Bram");
        assertThat(mine.getWords()).containsExactly("machteloos");

        feelings.pick(bram, round.getId(), List.of("hoopvol"));
        List<Document> stored = mongo.find(Query.query(Criteria.where("roundId").is(round.getId())), Document.class,
                "feeling_picks");
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().get("_id")).isEqualTo(id);
        assertThat(stored.getFirst().get("ownerId")).isEqualTo(bram.id());
        assertThat(stored.getFirst().get("words")).isEqualTo(List.of("hoopvol"));
        assertThat(stored.getFirst().get("version")).isEqualTo(1L);
    }

    @Test
    void anAuthoredDocumentKeepsWhoAddedAndChangedItUnderTheOldFieldNames() {
        String name = facilitator.displayName();
        AgreementItem agreement = agreements.add(facilitator, theCase.getId(), meeting.getId(), "Mentor",
                "Belt moeder", "", "", null);
        Person mother = genogram.addPerson(facilitator, theCase.getId(), DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "Moeder"));
        Person child = genogram.addPerson(facilitator, theCase.getId(), DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.MALE, "Kind"));
        Relation line = genogram.addRelation(facilitator, theCase.getId(), DiagramKind.GENOGRAM, mother.getId(),
                child.getId(), RelationType.PARENT_BIOLOGICAL, 0, "");
        LifeEvent moved = genogram.addEvent(facilitator, mother.getId(), LifeEventKind.MOVED, LocalDate.of(2021, 5, 1),
                "naar Zwolle");

        Document storedAgreement = stored("agreements", agreement.id());
        assertThat(storedAgreement).containsEntry("authorId", facilitator.id()).containsEntry("authorName", name)
                .containsKey("createdAt").doesNotContainKeys("changedByName", "updatedAt");
        for (Document added : List.of(stored("genogram_persons", mother.getId()),
                stored("genogram_relations", line.getId()))) {
            assertThat(added).containsEntry("authorId", facilitator.id()).containsEntry("authorName", name)
                    .containsEntry("changedByName", name).containsKeys("createdAt", "updatedAt");
        }
        assertThat(stored("genogram_persons", mother.getId()).get("updatedAt"))
                .isEqualTo(stored("genogram_persons", mother.getId()).get("createdAt"));
        assertThat(stored("genogram_events", moved.getId())).containsEntry("authorId", facilitator.id())
                .containsKey("createdAt").doesNotContainKeys("authorName", "changedByName", "updatedAt");
    }

    private Document stored(String collection, String id) {
        Document found = mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id))), Document.class,
                collection);
        assertThat(found).as(collection).isNotNull();
        return found;
    }
}
