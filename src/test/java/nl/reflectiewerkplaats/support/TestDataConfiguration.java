package nl.reflectiewerkplaats.support;

import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.MeetingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Test data through the real services, for the store and view tests (imported where needed). */
@Configuration(proxyBeanMethods = false)
public class TestDataConfiguration {

    @Bean
    TestData testData(AccountService accounts, CaseService cases, MeetingService meetings) {
        return new TestData(accounts, cases, meetings);
    }

    /** Sees every command the embedded store's client sends (a command listener bean). */
    @Bean
    StoreCommands storeCommands() {
        return new StoreCommands();
    }
}
