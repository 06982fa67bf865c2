package nl.reflectiewerkplaats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages honest: no cycles, no reaching into another module's
 * internals. Also writes the module documentation (C4 component diagrams in PlantUML
 * and a canvas per module) under {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featureModulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theExpectedFeatureModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("access", "privacy", "casework", "live", "cards", "dream", "workspace", "storage", "base", "round",
                        "tensionfield", "perspective", "notes", "facilitation", "report", "language", "art", "genogram",
                        "timeline", "interview", "instrument");
    }

    @Test
    void theModulesAreDocumentedAsDiagramsAndCanvases() throws IOException {
        Path docs = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeDocumentation();

        // the whole system, and one diagram and one canvas per module
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Casework", "Instrument", "Workspace");
        assertThat(docs.resolve("module-casework.puml")).content().contains("Casework", "Instrument");
        assertThat(docs.resolve("module-casework.adoc")).content().contains("CaseService");
    }
}
