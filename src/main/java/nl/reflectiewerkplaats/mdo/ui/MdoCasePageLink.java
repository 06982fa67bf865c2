package nl.reflectiewerkplaats.mdo.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to planning an MDO (a meeting whose agenda is the six steps). */
@Configuration(proxyBeanMethods = false)
class MdoCasePageLink {

    @Bean
    CasePageLink mdoPlanningLink() {
        return new CasePageLink(5, "mdo.plan.link", PlanMdoPage.class, true);
    }
}
