package nl.reflectiewerkplaats.learningpoints.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to the leerpunten as they were answered over the meetings. */
@Configuration(proxyBeanMethods = false)
class LearningPointsCasePageLink {

    @Bean
    CasePageLink learningPointsLink() {
        return new CasePageLink(50, "learningpoints.prepare", LearningPointsPage.class, false);
    }
}
