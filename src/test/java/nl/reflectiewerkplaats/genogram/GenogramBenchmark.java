package nl.reflectiewerkplaats.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.genogram.ui.GenogramJson;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening a geno-sociogram of 200 persons and 400 lines: the server's part (read
 * from the store and turn into what the browser receives), printed, not asserted.
 */
@StoreTest
class GenogramBenchmark {

    @Autowired
    GenogramService genogram;
    @Autowired
    PersonRepository persons;
    @Autowired
    RelationRepository relations;
    @Autowired
    TestData data;

    @Test
    void twoHundredPersonsAndFourHundredLinesOpenQuickly() {
        Actor.Facilitator facilitator = data.facilitator();
        Case theCase = data.newCase(facilitator);
        String caseId = theCase.getId();
        Random random = new Random(42);
        Shape[] shapes = {Shape.MALE, Shape.FEMALE, Shape.OTHER, Shape.PROFESSIONAL, Shape.ORGANISATION};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(new Person(caseId, DiagramKind.GENOGRAM, PersonDetails.of(shapes[i % 5], "persoon " + i)
                    .withBirthYear(1940 + random.nextInt(80)).withHousehold(i % 7 == 0 ? "huis " + i % 3 : ""),
                    random.nextInt(3000), random.nextInt(1500), facilitator.id(), Instant.now()));
        }
        people = persons.saveAll(people);
        List<Relation> lines = new ArrayList<>();
        RelationType[] types = Arrays.stream(RelationType.values()).filter(t -> t.allowedIn(DiagramKind.GENOGRAM))
                .toArray(RelationType[]::new);
        for (int i = 0; i < 400; i++) {
            Person a = people.get(random.nextInt(200));
            Person b = people.get(random.nextInt(200));
            lines.add(new Relation(caseId, DiagramKind.GENOGRAM, a.getId(), b.getId(), types[i % types.length], 0, "",
                    facilitator.id(), Instant.now()));
        }
        relations.saveAll(lines);
        GenogramJson json = new GenogramJson(key -> key);

        long[] millis = new long[6];
        int shownPersons = 0;
        int shownLines = 0;
        int size = 0;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            Diagram d = genogram.open(facilitator, caseId, DiagramKind.GENOGRAM);
            String sent = json.diagram(d, "Gezin", true);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            shownPersons = d.persons().size();
            shownLines = d.relations().size();
            size = sent.length();
        }
        long layoutStart = System.nanoTime();
        int moved = genogram.tidyUp(facilitator, caseId, DiagramKind.GENOGRAM).size();
        long layoutMillis = (System.nanoTime() - layoutStart) / 1_000_000;
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("GenogramBenchmark: open %d persons + %d lines: first %d ms, warm median %d ms (max %d ms),"
                        + " %d kB sent; tidy layout of all %d persons stored in %d ms%n",
                shownPersons, shownLines, millis[0], warm[warm.length / 2], warm[warm.length - 1], size / 1024,
                moved, layoutMillis);
        assertThat(shownPersons).isEqualTo(200);
        assertThat(shownLines).isEqualTo(400);
        assertThat(moved).isPositive();
    }
}
