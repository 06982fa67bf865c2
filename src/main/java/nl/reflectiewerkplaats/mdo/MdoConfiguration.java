package nl.reflectiewerkplaats.mdo;

import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.facilitation.AgendaPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MDO's guide, read from its data file at start, and the agenda it offers every facilitator. */
@Configuration(proxyBeanMethods = false)
class MdoConfiguration {

    /** The id under which the MDO's agenda is offered among the templates. */
    static final String PLAN_ID = "MDO";

    @Bean
    MdoGuide mdoGuide(CardCatalog catalog) {
        return catalog.read("mdo.yaml", MdoGuide.class);
    }

    @Bean
    AgendaPlan mdoAgenda(MdoGuide guide) {
        return new AgendaPlan(PLAN_ID, guide.title(), guide.steps().stream()
                .map(s -> new AgendaPlan.PlannedStep(s.instrument(), s.title(), s.minutes()))
                .toList());
    }
}
