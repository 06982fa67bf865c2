package nl.reflectiewerkplaats.genogram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.reflectiewerkplaats.access.Actor;
import org.springframework.context.ApplicationContext;

/**
 * A large geno-sociogram for benchmarks: {@code persons} persons and {@code lines}
 * lines of every genogram type, stored in bulk (as {@link GenogramBenchmark} does).
 */
public final class LargeGenogram {

    private LargeGenogram() {
    }

    /** Stores the persons and lines for the case; returns the number of persons stored. */
    public static int build(ApplicationContext context, Actor facilitator, String caseId, int persons, int lines,
                            long seed) {
        PersonRepository personRepository = context.getBean(PersonRepository.class);
        RelationRepository relationRepository = context.getBean(RelationRepository.class);
        Random random = new Random(seed);
        Shape[] shapes = {Shape.MALE, Shape.FEMALE, Shape.OTHER, Shape.PROFESSIONAL, Shape.ORGANISATION};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            people.add(new Person(caseId, DiagramKind.GENOGRAM, PersonDetails.of(shapes[i % 5], "persoon " + i)
                    .withBirthYear(1940 + random.nextInt(80)).withHousehold(i % 7 == 0 ? "huis " + i % 3 : ""),
                    random.nextInt(3000), random.nextInt(1500), facilitator.id(), Instant.now()));
        }
        people = personRepository.saveAll(people);
        RelationType[] types = Arrays.stream(RelationType.values()).filter(t -> t.allowedIn(DiagramKind.GENOGRAM))
                .toArray(RelationType[]::new);
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            Person a = people.get(random.nextInt(persons));
            Person b = people.get(random.nextInt(persons));
            relations.add(new Relation(caseId, DiagramKind.GENOGRAM, a.getId(), b.getId(), types[i % types.length], 0, "",
                    facilitator.id(), Instant.now()));
        }
        relationRepository.saveAll(relations);
        return people.size();
    }
}
