package nl.reflectiewerkplaats.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardCatalogTests {

    private static final Path SOURCE = Path.of("werkkaarten");

    @Test
    void theShippedContentLoadsWithEightCardsAndSixFields() {
        CardCatalog catalog = CardCatalog.load(SOURCE.toUri().toString());
        assertThat(catalog.werkkaarten()).extracting(Werkkaart::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(catalog.tensionFields()).extracting(TensionField::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(catalog.tensionFields()).allSatisfy(f -> {
            assertThat(f.leftPole()).isNotBlank();
            assertThat(f.rightPole()).isNotBlank();
        });
        assertThat(catalog.dreamQuestions().childQuestions()).hasSize(8);
        assertThat(catalog.dreamQuestions().professionalQuestions()).hasSize(4);
        assertThat(catalog.learningPhases().phases()).extracting(LearningPhases.Phase::number).containsExactly(1, 2, 3);
        assertThat(catalog.learningPhases().phases()).allSatisfy(p -> assertThat(p.quotes()).isNotEmpty());
        assertThat(catalog.werkkaarten()).allSatisfy(w ->
                assertThat(w.source().publication()).contains("Samen lerend doen wat werkt"));
    }

    @Test
    void aFieldThatIsTooLongStopsTheStartNamingFileAndField(@TempDir Path dir) throws IOException {
        copyTree(SOURCE, dir);
        Path card = dir.resolve("kaarten").resolve(firstFile(dir.resolve("kaarten")));
        String yaml = Files.readString(card).replaceFirst("(?m)^title: .*$", "title: \"" + "x".repeat(200) + "\"");
        Files.writeString(card, yaml);

        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining(card.getFileName().toString())
                .hasMessageContaining("title")
                .satisfies(e -> assertThat(((CardContentException) e).field()).isEqualTo("title"));
    }

    @Test
    void anIdOrATitleBreakingTheSharedRulesStopsTheStartNamingTheField(@TempDir Path dir) throws IOException {
        copyTree(SOURCE, dir);
        Path phases = dir.resolve("fasen.yaml");
        String original = Files.readString(phases);
        Files.writeString(phases, original.replace("id: \"urgentie\"", "id: \"Urgentie!\""));
        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining("fasen.yaml")
                .satisfies(e -> assertThat(((CardContentException) e).field()).isEqualTo("phases[0].id"));

        Files.writeString(phases, original.replaceFirst("(?m)^title: .*$", "title: \"" + "x".repeat(101) + "\""));
        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining("fasen.yaml")
                .satisfies(e -> assertThat(((CardContentException) e).field()).isEqualTo("title"));

        Files.writeString(phases, original.replaceFirst("(?m)^title: .*$", "title: \"" + "x".repeat(100) + "\""));
        assertThat(CardCatalog.load(dir.toUri().toString()).learningPhases().title()).hasSize(100);
    }

    @Test
    void aMissingFieldIsNamed(@TempDir Path dir) throws IOException {
        copyTree(SOURCE, dir);
        Path field = dir.resolve("spanningsvelden").resolve("veld-1-" + suffixOf(dir.resolve("spanningsvelden"), "veld-1-"));
        String yaml = Files.readString(field).replaceFirst("(?m)^leftPole: .*$\\n", "");
        Files.writeString(field, yaml);

        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining(field.getFileName().toString())
                .hasMessageContaining("leftPole");
    }

    @Test
    void brokenYamlAndUnknownFieldsAreNamed(@TempDir Path dir) throws IOException {
        copyTree(SOURCE, dir);
        Path droom = dir.resolve("droom.yaml");
        Files.writeString(droom, Files.readString(droom) + "\nextraVeld: \"mag niet\"\n");
        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining("droom.yaml")
                .hasMessageContaining("extraVeld");

        Files.writeString(droom, "title: [niet afgesloten\n");
        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining("droom.yaml");
    }

    @Test
    void aMissingCardIsReported(@TempDir Path dir) throws IOException {
        copyTree(SOURCE, dir);
        Path kaarten = dir.resolve("kaarten");
        Files.delete(kaarten.resolve(firstFile(kaarten)));
        assertThatThrownBy(() -> CardCatalog.load(dir.toUri().toString()))
                .isInstanceOf(CardContentException.class)
                .hasMessageContaining("verwacht 8");
    }

    private static String firstFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }

    private static String suffixOf(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).findFirst().orElseThrow()
                    .substring(prefix.length());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
