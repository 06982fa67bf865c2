package nl.reflectiewerkplaats.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The tidy layout keeps giving the same places: every point of a few diagrams (the
 * three-generation sample with remarriages and children of two relations, the same
 * with persons placed by hand, a large random diagram with cycles and loose ends,
 * and the krachtenveld circle) is compared with the places recorded before
 * {@link TidyLayout} was split into steps ({@code src/test/resources/genogram/tidy-layout.txt}).
 * The actual places are written to {@code target/tidy-layout-actual.txt} to compare by hand.
 */
@StoreTest
class TidyLayoutCharacterizationTests {

    private static final int YEAR = 2026;

    @Autowired
    GenogramService genogram;
    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;

    @Test
    void everyPointOfTheRecordedDiagramsStaysTheSame() throws IOException {
        List<String> actual = new ArrayList<>();
        Actor.Facilitator facilitator = data.facilitator();

        String sampleCase = data.newCase(facilitator).getId();
        Map<String, Person> sample = GenogramSample.build(genogram, facilitator, sampleCase);
        actual.addAll(layout("sample", DiagramKind.GENOGRAM, diagram(facilitator, sampleCase)));

        // placed by hand: a grandparent, a married-in partner, a child, a professional, an organisation
        String[] moved = {"oma moederszijde", "Rob", "Noor", "huisarts", "wijkteam"};
        for (int i = 0; i < moved.length; i++) {
            genogram.movePerson(facilitator, sample.get(moved[i]).getId(), -300 + i * 170, 90 + i * 40);
        }
        Diagram byHand = diagram(facilitator, sampleCase);
        actual.addAll(layout("sample-by-hand", DiagramKind.GENOGRAM, byHand));
        actual.addAll(layout("sample-circle", DiagramKind.FORCE_FIELD, byHand));

        String largeCase = data.newCase(facilitator).getId();
        LargeGenogram.build(context, facilitator, largeCase, 120, 220, 7);
        List<Person> large = diagram(facilitator, largeCase).persons();
        for (int i = 0; i < large.size(); i += 9) {
            genogram.movePerson(facilitator, large.get(i).getId(), (i * 37) % 1400 - 700, (i * 53) % 900);
        }
        actual.addAll(layout("large", DiagramKind.GENOGRAM, diagram(facilitator, largeCase)));

        Path written = Path.of("target", "tidy-layout-actual.txt");
        Files.createDirectories(written.getParent());
        Files.write(written, actual, StandardCharsets.UTF_8);
        try (InputStream in = getClass().getResourceAsStream("/genogram/tidy-layout.txt")) {
            assertThat(in).as("recorded layout (copy %s to src/test/resources/genogram/)", written).isNotNull();
            List<String> recorded = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            assertThat(actual).hasSizeGreaterThan(200).containsExactlyElementsOf(recorded);
        }
    }

    private Diagram diagram(Actor actor, String caseId) {
        return genogram.open(actor, caseId, DiagramKind.GENOGRAM);
    }

    /** One line per person: fixture, name, x, y; sorted by name (ids differ between runs). */
    private static List<String> layout(String fixture, DiagramKind kind, Diagram diagram) {
        Map<String, Point> places = TidyLayout.compute(kind, diagram.persons(), diagram.relations(), YEAR);
        assertThat(places).hasSameSizeAs(diagram.persons());
        return diagram.persons().stream().sorted(Comparator.comparing(Person::getName))
                .flatMap(p -> Stream.of(fixture + "\t" + p.getName() + "\t" + places.get(p.getId()).x() + "\t"
                        + places.get(p.getId()).y()))
                .toList();
    }
}
