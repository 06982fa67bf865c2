package nl.reflectiewerkplaats.genogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import javax.imageio.ImageIO;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineService;

@StoreTest
class GenogramServiceTests {

    @Autowired
    GenogramService genogram;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant ann;
    String caseId;

    @BeforeEach
    void setUp() {
        caseId = theCase.getId();
        ann = data.participant(meeting, "Ann");
    }

    private Person person(Shape shape, String name) {
        return genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM, PersonDetails.of(shape, name));
    }

    private Relation line(Person from, Person to, RelationType type) {
        return genogram.addRelation(ann, caseId, DiagramKind.GENOGRAM, from.getId(), to.getId(), type, 0, "");
    }

    private static String key(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        throw new AssertionError("no user-facing error");
    }

    @Test
    void noOneBecomesTheirOwnAncestor() {
        Person oma = person(Shape.FEMALE, "oma moederszijde");
        Person moeder = person(Shape.FEMALE, "moeder");
        Person kind = person(Shape.MALE, "Jesse");
        line(oma, moeder, RelationType.PARENT_BIOLOGICAL);
        line(moeder, kind, RelationType.PARENT_BIOLOGICAL);

        assertThat(key(() -> line(kind, oma, RelationType.PARENT_ADOPTIVE))).isEqualTo("error.genogram.ancestorCycle");
        assertThat(key(() -> line(kind, moeder, RelationType.PARENT_FOSTER))).isEqualTo("error.genogram.duplicate");
        assertThat(key(() -> line(kind, kind, RelationType.PARENT_BIOLOGICAL))).isEqualTo("error.genogram.selfLine");
        // nothing broken was stored: still just the two parent lines
        assertThat(genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).relations()).hasSize(2);
        // a grandparent's other grandchild line is fine
        Person neef = person(Shape.MALE, "neef");
        line(oma, neef, RelationType.PARENT_ADOPTIVE);
        assertThat(genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).relations()).hasSize(3);
    }

    @Test
    void twoPeopleAddingOppositeParentLinesAtOnceNeverMakeACycle() throws Exception {
        for (int round = 0; round < 5; round++) {
            Person a = person(Shape.FEMALE, "a" + round);
            Person b = person(Shape.MALE, "b" + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> one = pool.submit(() -> {
                    start.await();
                    return line(a, b, RelationType.PARENT_BIOLOGICAL);
                });
                Future<?> two = pool.submit(() -> {
                    start.await();
                    return line(b, a, RelationType.PARENT_BIOLOGICAL);
                });
                start.countDown();
                int stored = 0;
                for (Future<?> f : List.of(one, two)) {
                    try {
                        f.get();
                        stored++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
                    }
                }
                assertThat(stored).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void removingAPersonRemovesTheirLinesAndEventsAndALineToThemIsRefused() {
        Person vader = person(Shape.MALE, "vader");
        Person kind = person(Shape.FEMALE, "Noor");
        Person juf = person(Shape.PROFESSIONAL, "juf Ilse");
        line(vader, kind, RelationType.PARENT_BIOLOGICAL);
        line(juf, kind, RelationType.SUPPORTIVE);
        line(vader, juf, RelationType.CONFLICT);
        genogram.addEvent(ann, vader.getId(), LifeEventKind.MOVED, LocalDate.of(2021, 5, 1), "naar Zwolle");

        genogram.removePerson(ann, vader.getId());

        Diagram after = genogram.open(facilitator, caseId, DiagramKind.GENOGRAM);
        assertThat(after.persons()).extracting(Person::getName).containsExactlyInAnyOrder("Noor", "juf Ilse");
        assertThat(after.relations()).extracting(Relation::getType).containsExactly(RelationType.SUPPORTIVE);
        assertThat(after.events()).isEmpty();
        assertThatThrownBy(() -> line(vader, kind, RelationType.CLOSE)).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.genogram.personGone");
        assertThatThrownBy(() -> genogram.addEvent(ann, vader.getId(), LifeEventKind.DIED, LocalDate.of(2022, 1, 1), ""))
                .isInstanceOf(NotFoundException.class);
        assertThat(genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).relations()).hasSize(1);
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() {
        assertThat(key(() -> genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM, PersonDetails.of(null, "oma"))))
                .isEqualTo("error.genogram.shapeRequired");
        assertThat(key(() -> genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM, PersonDetails.of(Shape.FEMALE, " "))))
                .isEqualTo("error.input.required");
        assertThat(key(() -> genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "oma").withBirthYear(1700)))).isEqualTo("error.genogram.birthYear");
        assertThat(key(() -> genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "oma").withAge(300)))).isEqualTo("error.genogram.age");
        Person oma = person(Shape.FEMALE, "oma");
        assertThat(key(() -> genogram.movePerson(ann, oma.getId(), Double.NaN, 3))).isEqualTo("error.genogram.position");
        assertThat(key(() -> genogram.addRelation(ann, caseId, DiagramKind.GENOGRAM, oma.getId(), "bestaat-niet",
                RelationType.CLOSE, 0, ""))).isEqualTo("error.genogram.personGone");
        assertThat(key(() -> genogram.addRelation(ann, caseId, DiagramKind.GENOGRAM, oma.getId(), oma.getId(),
                null, 0, ""))).isEqualTo("error.genogram.typeRequired");
        assertThat(genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).persons()).hasSize(1);
        assertThat(genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).relations()).isEmpty();
    }

    @Test
    void professionalsFormTheirOwnLayerWithTheirOwnLines() {
        Person moeder = person(Shape.FEMALE, "moeder");
        Person kind = person(Shape.MALE, "Jesse");
        Person wijkteam = person(Shape.ORGANISATION, "wijkteam");
        Person mentor = person(Shape.PROFESSIONAL, "mentor");
        line(moeder, kind, RelationType.PARENT_BIOLOGICAL);

        assertThat(wijkteam.professionalLayer()).isTrue();
        assertThat(moeder.professionalLayer()).isFalse();
        // new professionals start in a band below the family
        assertThat(mentor.getY()).isGreaterThan(kind.getY());
        assertThat(key(() -> line(mentor, kind, RelationType.PARENT_FOSTER))).isEqualTo("error.genogram.familyOnly");
        assertThat(key(() -> line(moeder, kind, RelationType.STRAINED))).isEqualTo("error.genogram.professionalEnd");
        Relation strained = line(wijkteam, moeder, RelationType.STRAINED);
        line(mentor, wijkteam, RelationType.STOPPED);
        // professionals may repeat the family's patterns among themselves
        line(mentor, wijkteam, RelationType.CONFLICT);
        assertThat(strained.getType().category()).isEqualTo(RelationType.Category.PROFESSIONAL);
        // a professional cannot become family while a family line would hang on them, nor the reverse
        assertThat(key(() -> genogram.editPerson(ann, moeder.getId(), moeder.getVersion(),
                PersonDetails.of(Shape.PROFESSIONAL, "moeder")))).isEqualTo("error.genogram.familyOnly");
        Diagram d = genogram.open(facilitator, caseId, DiagramKind.GENOGRAM);
        assertThat(d.persons().stream().filter(Person::professionalLayer)).hasSize(2);
        assertThat(d.relations()).hasSize(4);
    }

    @Test
    void theKrachtenveldHoldsForcesWithAStrength() {
        Person school = genogram.addPerson(facilitator, caseId, DiagramKind.FORCE_FIELD,
                PersonDetails.of(Shape.ORGANISATION, "school"));
        Person gemeente = genogram.addPerson(facilitator, caseId, DiagramKind.FORCE_FIELD,
                PersonDetails.of(Shape.ORGANISATION, "gemeente"));
        Person moeder = genogram.addPerson(facilitator, caseId, DiagramKind.FORCE_FIELD,
                PersonDetails.of(Shape.FEMALE, "moeder"));
        Relation opposing = genogram.addRelation(ann, caseId, DiagramKind.FORCE_FIELD, school.getId(),
                gemeente.getId(), RelationType.OPPOSING, 3, "wie betaalt?");
        genogram.addRelation(ann, caseId, DiagramKind.FORCE_FIELD, moeder.getId(), school.getId(),
                RelationType.STUCK, 2, "");
        assertThat(opposing.getStrength()).isEqualTo(3);
        assertThat(key(() -> genogram.addRelation(ann, caseId, DiagramKind.FORCE_FIELD, school.getId(),
                moeder.getId(), RelationType.SUPPORTING, 5, ""))).isEqualTo("error.genogram.strength");
        assertThat(key(() -> genogram.addRelation(ann, caseId, DiagramKind.FORCE_FIELD, school.getId(),
                moeder.getId(), RelationType.CONFLICT, 0, ""))).isEqualTo("error.genogram.wrongDiagram");
        Person kind = person(Shape.MALE, "kind in het geno-sociogram");
        // the two diagrams are apart: no line from one into the other
        assertThat(key(() -> genogram.addRelation(ann, caseId, DiagramKind.FORCE_FIELD, school.getId(),
                kind.getId(), RelationType.SUPPORTING, 1, ""))).isEqualTo("error.genogram.personGone");
        Person zus = person(Shape.FEMALE, "zus");
        assertThat(key(() -> genogram.addRelation(ann, caseId, DiagramKind.GENOGRAM, kind.getId(), zus.getId(),
                RelationType.SUPPORTING, 2, ""))).isEqualTo("error.genogram.wrongDiagram");
        Relation changed = genogram.editRelation(ann, opposing.getId(), opposing.getVersion(), RelationType.SUPPORTING,
                1, "na het gesprek");
        assertThat(changed.getType()).isEqualTo(RelationType.SUPPORTING);
        assertThatThrownBy(() -> genogram.editRelation(ann, opposing.getId(), opposing.getVersion(),
                RelationType.STUCK, 1, "")).isInstanceOf(StaleEditException.class);

        Map<String, Point> places = genogram.tidyUp(facilitator, caseId, DiagramKind.FORCE_FIELD);
        Diagram field = genogram.open(ann, caseId, DiagramKind.FORCE_FIELD);
        assertThat(field.persons()).hasSize(3);
        assertThat(field.relations()).extracting(Relation::getType)
                .containsExactlyInAnyOrder(RelationType.SUPPORTING, RelationType.STUCK);
        assertThat(places).isNotEmpty();
        assertThat(genogram.open(ann, caseId, DiagramKind.GENOGRAM).persons()).extracting(Person::getName)
                .containsExactlyInAnyOrder("kind in het geno-sociogram", "zus");
    }

    @Test
    void movesOfDifferentPersonsAtOnceNeverConflictNorUndoAnEdit() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person(Shape.OTHER, "persoon " + i));
        }
        Actor.Participant bob = data.participant(meeting, "Bob");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Point>> moves = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Person p = people.get(i);
                Actor who = i % 2 == 0 ? ann : bob;
                double x = 1000 + i;
                moves.add(pool.submit(() -> {
                    start.await();
                    return genogram.movePerson(who, p.getId(), x, 77);
                }));
            }
            // an edit of a person's details at the same time
            Future<Person> edit = pool.submit(() -> {
                start.await();
                return genogram.editPerson(bob, people.get(3).getId(), people.get(3).getVersion(),
                        PersonDetails.of(Shape.FEMALE, "tante Els").withBirthYear(1970));
            });
            start.countDown();
            for (Future<Point> f : moves) {
                f.get();
            }
            edit.get();
        } finally {
            pool.shutdown();
        }
        Diagram d = genogram.open(facilitator, caseId, DiagramKind.GENOGRAM);
        for (int i = 0; i < 10; i++) {
            String id = people.get(i).getId();
            Person stored = d.persons().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
            assertThat(stored.getX()).isEqualTo(1000 + i);
            assertThat(stored.getY()).isEqualTo(77);
            assertThat(stored.isPlacedByHand()).isTrue();
        }
        Person els = d.persons().stream().filter(p -> p.getId().equals(people.get(3).getId())).findFirst().orElseThrow();
        assertThat(els.getName()).isEqualTo("tante Els");
        assertThat(els.getBirthYear()).isEqualTo(1970);
        // an edit from an older version is refused and shows the current one
        assertThatThrownBy(() -> genogram.editPerson(ann, els.getId(), people.get(3).getVersion(),
                PersonDetails.of(Shape.FEMALE, "tante Elsje"))).isInstanceOfSatisfying(StaleEditException.class,
                e -> assertThat(e.<Person>current().getName()).isEqualTo("tante Els"));
    }

    @Test
    void watchersReadButDoNotDrawAndOnlyTheFacilitatorTidiesUp() {
        Meeting withLink = meetings.watchLink(facilitator, meeting.getId());
        Actor.Participant watcher = meetings.join(withLink.getWatchToken(), "Wim", "student", null, false).asActor();
        Person oma = person(Shape.FEMALE, "oma");
        assertThat(genogram.open(watcher, caseId, DiagramKind.GENOGRAM).persons()).hasSize(1);
        assertThatThrownBy(() -> genogram.addPerson(watcher, caseId, DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.MALE, "opa"))).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> genogram.movePerson(watcher, oma.getId(), 1, 1)).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> genogram.tidyUp(ann, caseId, DiagramKind.GENOGRAM)).isInstanceOf(NoAccessException.class);
        Actor.Facilitator stranger = data.facilitator();
        assertThatThrownBy(() -> genogram.open(stranger, caseId, DiagramKind.GENOGRAM)).isInstanceOf(NoAccessException.class);
    }

    @Test
    void theTidyLayoutPutsGenerationsInRowsAndChildrenByAgeAndKeepsHandPlacedX() {
        Person opa = person(Shape.MALE, "opa");
        Person oma = person(Shape.FEMALE, "oma");
        Person moeder = genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "moeder").withBirthYear(1985));
        Person vader = person(Shape.MALE, "vader");
        Person jongste = genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.FEMALE, "jongste").withAge(8));
        Person oudste = genogram.addPerson(ann, caseId, DiagramKind.GENOGRAM,
                PersonDetails.of(Shape.MALE, "oudste").withAge(14).withIndexPerson(true));
        Person juf = person(Shape.PROFESSIONAL, "juf");
        line(opa, oma, RelationType.PARTNER_MARRIED);
        line(opa, moeder, RelationType.PARENT_BIOLOGICAL);
        line(oma, moeder, RelationType.PARENT_BIOLOGICAL);
        line(moeder, vader, RelationType.PARTNER_DIVORCED);
        for (Person child : List.of(jongste, oudste)) {
            line(moeder, child, RelationType.PARENT_BIOLOGICAL);
            line(vader, child, RelationType.PARENT_BIOLOGICAL);
        }
        genogram.tidyUp(facilitator, caseId, DiagramKind.GENOGRAM);
        Map<String, Person> at = byName();
        assertThat(at.get("opa").getY()).isEqualTo(at.get("oma").getY());
        assertThat(at.get("moeder").getY()).isEqualTo(at.get("vader").getY()).isGreaterThan(at.get("opa").getY());
        assertThat(at.get("oudste").getY()).isEqualTo(at.get("jongste").getY()).isGreaterThan(at.get("moeder").getY());
        assertThat(at.get("oudste").getX()).isLessThan(at.get("jongste").getX());
        assertThat(at.get("juf").getY()).isGreaterThan(at.get("oudste").getY());
        // the married-in father stands beside the mother
        assertThat(Math.abs(at.get("vader").getX() - at.get("moeder").getX())).isEqualTo(TidyLayout.SPACING);
        // the same input gives the same places
        assertThat(genogram.tidyUp(facilitator, caseId, DiagramKind.GENOGRAM)).isEmpty();

        // the group drags the youngest far to the right: after tidying she keeps her x, not her y
        genogram.movePerson(ann, jongste.getId(), 900, 12);
        genogram.tidyUp(facilitator, caseId, DiagramKind.GENOGRAM);
        Map<String, Person> again = byName();
        assertThat(again.get("jongste").getX()).isEqualTo(900);
        assertThat(again.get("jongste").getY()).isEqualTo(again.get("oudste").getY());
        assertThat(juf.professionalLayer()).isTrue();
    }

    @Test
    void anEventIsPlacedOnTheTimelineOnceAndStaysLinked(
            @Autowired TimelineService timeline) {
        assertThat(genogram.timelineAvailable()).isTrue();
        Person oma = person(Shape.FEMALE, "oma moederszijde");
        LifeEvent died = genogram.addEvent(ann, oma.getId(), LifeEventKind.DIED, LocalDate.of(2023, 3, 14), "plotseling");
        LifeEvent linked = genogram.placeOnTimeline(ann, died.getId(), meeting.getId(), "oma moederszijde: overleden");
        LifeEvent again = genogram.placeOnTimeline(ann, died.getId(), meeting.getId(), "oma moederszijde: overleden");

        assertThat(linked.getTimelineEventId()).isNotNull();
        assertThat(again.getTimelineEventId()).isEqualTo(linked.getTimelineEventId());
        var onTimeline = timeline.eventsFromSource(facilitator, caseId, TimelinePlacement.SOURCE_TYPE, died.getId());
        assertThat(onTimeline).singleElement().satisfies(e -> {
            assertThat(e.getId()).isEqualTo(linked.getTimelineEventId());
            assertThat(e.getTitle()).isEqualTo("oma moederszijde: overleden");
            assertThat(e.getDate().date()).isEqualTo(LocalDate.of(2023, 3, 14));
            assertThat(e.getKind()).isEqualTo(EventKind.FAMILY_FACT);
            assertThat(e.getDescription()).isEqualTo("plotseling");
        });
        assertThat(genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).events())
                .extracting(LifeEvent::getTimelineEventId).containsExactly(linked.getTimelineEventId());
        assertThat(key(() -> genogram.addEvent(ann, oma.getId(), null, LocalDate.of(2023, 3, 14), "")))
                .isEqualTo("error.genogram.eventKind");
        assertThat(key(() -> genogram.addEvent(ann, oma.getId(), LifeEventKind.MOVED, null, "")))
                .isEqualTo("error.genogram.eventDate");
    }

    @Test
    void theDiagramBecomesAPictureWithItsLegendForTheReport() throws Exception {
        GenogramSample.build(genogram, facilitator, caseId);
        Properties dutch = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        byte[] png = genogram.picture(ann, caseId, DiagramKind.GENOGRAM, key -> dutch.getProperty(key, key),
                "Geno-sociogram · Gezin Zonnebloem");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "genogram-report-picture.png"), png);
        assertThat(image.getWidth()).isGreaterThan(1500);
        assertThat(image.getHeight()).isGreaterThan(800);
        int ink = 0;
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        assertThat(ink).isGreaterThan(2000);
    }

    private Map<String, Person> byName() {
        Map<String, Person> out = new HashMap<>();
        genogram.open(facilitator, caseId, DiagramKind.GENOGRAM).persons().forEach(p -> out.put(p.getName(), p));
        return out;
    }
}
