package nl.reflectiewerkplaats.solo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.reflectiewerkplaats.cards.SourceRef;
import nl.reflectiewerkplaats.cards.CardCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The words above the solo reflection page, read from {@code werkkaarten/zelf-reflecteren.yaml}. */
public record SoloGuide(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 800) String intro,
        @NotBlank @Size(max = 400) String reassurance,
        @Valid @NotNull SourceRef source) {

    /** Read at start; a malformed file stops the start. */
    @Configuration(proxyBeanMethods = false)
    static class Loader {

        @Bean
        SoloGuide soloGuide(CardCatalog catalog) {
            return catalog.read("zelf-reflecteren.yaml", SoloGuide.class);
        }
    }
}
