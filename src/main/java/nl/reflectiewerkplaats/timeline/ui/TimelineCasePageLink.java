package nl.reflectiewerkplaats.timeline.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to the timeline, prepared per case before a meeting. */
@Configuration(proxyBeanMethods = false)
class TimelineCasePageLink {

    @Bean
    CasePageLink timelinePreparationLink() {
        return new CasePageLink(10, "timeline.prepare", TimelinePage.class, false);
    }
}
