package nl.reflectiewerkplaats.ladder;

import nl.reflectiewerkplaats.cards.CardCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ladder's texts, read from their data file at start (a malformed file stops the start). */
@Configuration(proxyBeanMethods = false)
class LadderConfiguration {

    @Bean
    LadderContent ladderContent(CardCatalog catalog) {
        return catalog.read("ladder.yaml", LadderContent.class);
    }
}
