package nl.reflectiewerkplaats.learningorders;

import nl.reflectiewerkplaats.cards.CardCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three orders of learning, read from their data file at start (a malformed file stops the start). */
@Configuration(proxyBeanMethods = false)
class LearningOrdersConfiguration {

    @Bean
    LearningOrders learningOrders(CardCatalog catalog) {
        return catalog.read("leerordes.yaml", LearningOrders.class);
    }
}
