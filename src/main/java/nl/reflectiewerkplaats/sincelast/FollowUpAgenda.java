package nl.reflectiewerkplaats.sincelast;

import java.util.List;
import nl.reflectiewerkplaats.facilitation.AgendaPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agenda of a follow-up meeting, offered to every facilitator among the templates: it starts
 * with "sinds de vorige keer" and the afspraken, and closes with what we learned and the closing.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpAgenda {

    /** The instrument id of "sinds de vorige keer" (its tab and agenda step). */
    static final String INSTRUMENT = "SINCELAST";

    @Bean
    AgendaPlan followUpPlan() {
        return new AgendaPlan("VERVOLG", "Vervolgbijeenkomst", List.of(
                new AgendaPlan.PlannedStep(INSTRUMENT, "Sinds de vorige keer", 10),
                new AgendaPlan.PlannedStep("AGREEMENTS", "Wat is er van terechtgekomen?", 10),
                new AgendaPlan.PlannedStep("TIMELINE", "Tijdlijn aanvullen", 20),
                new AgendaPlan.PlannedStep("FIELDS", "Spanningsvelden", 20),
                new AgendaPlan.PlannedStep("LEARNINGORDERS", "Wat hebben we geleerd?", 10),
                new AgendaPlan.PlannedStep("CLOSING", "Afsluiting", 10)));
    }
}
