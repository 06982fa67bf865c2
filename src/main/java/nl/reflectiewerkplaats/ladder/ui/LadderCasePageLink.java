package nl.reflectiewerkplaats.ladder.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to the case's ladder and escalation clock. */
@Configuration(proxyBeanMethods = false)
class LadderCasePageLink {

    @Bean
    CasePageLink ladderLink() {
        return new CasePageLink(40, "ladder.prepare", LadderPage.class, false);
    }
}
