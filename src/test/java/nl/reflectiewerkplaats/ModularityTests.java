package nl.reflectiewerkplaats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature packages honest: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featureModulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theExpectedFeatureModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("access", "privacy", "casework", "live", "cards", "dream", "workspace", "storage", "base", "round", "tensionfield", "perspective", "notes", "facilitation", "report", "language", "art", "genogram", "timeline", "interview");
    }
}
