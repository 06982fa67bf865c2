package nl.reflectiewerkplaats.genogram.ui;

import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case page links to the geno-sociogram and krachtenveld, prepared per case. */
@Configuration(proxyBeanMethods = false)
class GenogramCasePageLink {

    @Bean
    CasePageLink genogramPreparationLink() {
        return new CasePageLink(30, "cases.genogram", GenogramView.class, true);
    }
}
