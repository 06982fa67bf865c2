package nl.reflectiewerkplaats.interview.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to the reflective interviews held before a meeting. */
@Configuration(proxyBeanMethods = false)
class InterviewCasePageLink {

    @Bean
    CasePageLink interviewPreparationLink() {
        return new CasePageLink(20, "interview.prepare", InterviewsPage.class, false);
    }
}
