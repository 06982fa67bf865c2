package nl.reflectiewerkplaats.learningpoints;

import nl.reflectiewerkplaats.cards.CardCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ten leerpunten, read from their data file at start (a malformed file stops the start). */
@Configuration(proxyBeanMethods = false)
class LearningPointsConfiguration {

    @Bean
    LearningPoints learningPoints(CardCatalog catalog) {
        return catalog.read("leerpunten.yaml", LearningPoints.class);
    }
}
