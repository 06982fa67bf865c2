package nl.reflectiewerkplaats.support;

import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.MeetingService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestDataConfiguration {

    @Bean
    TestData testData(AccountService accounts, CaseService cases, MeetingService meetings) {
        return new TestData(accounts, cases, meetings);
    }
}
