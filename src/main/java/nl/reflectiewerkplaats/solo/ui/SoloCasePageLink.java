package nl.reflectiewerkplaats.solo.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to the solo reflection invitations. */
@Configuration(proxyBeanMethods = false)
class SoloCasePageLink {

    @Bean
    CasePageLink soloReflectionLink() {
        return new CasePageLink(55, "solo.prepare", SoloInvitationsPage.class, false);
    }
}
