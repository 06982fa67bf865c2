package nl.reflectiewerkplaats.circles;

import nl.reflectiewerkplaats.cards.CardCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The circles' texts, read from their data file at start (a malformed file stops the start). */
@Configuration(proxyBeanMethods = false)
class CirclesConfiguration {

    @Bean
    CirclesGuide circlesGuide(CardCatalog catalog) {
        CirclesGuide guide = catalog.read("cirkels.yaml", CirclesGuide.class);
        for (Circle circle : Circle.values()) {
            guide.circle(circle);
            guide.arrow(circle);
        }
        return guide;
    }
}
