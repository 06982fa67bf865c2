package nl.reflectiewerkplaats.access;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

@StoreTest
class AccountViewsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void setUp() {
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    @Test
    void aBeheerderCreatesAFacilitatorWithAHashedPasswordAndOnlyTheChosenRole() {
        Actor.Administrator b = data.beheerderOnly();
        KaribuSupport.login(data.usernameOf(b), AccountService.ROLE_BEHEERDER);
        UI.getCurrent().navigate("begeleiders");
        assertThat(_get(H2.class).getText()).isEqualTo("Begeleiders");

        String suffix = Long.toString(System.nanoTime(), 36);
        String username = "marieke" + suffix + "@voorbeeld.nl";
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), "Marieke" + suffix.toUpperCase() + "@Voorbeeld.nl");
        _setValue(_get(TextField.class, s -> s.withLabel("Naam")), "Marieke Jansen");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), "kort");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord (nog een keer)")), "kort");
        _click(_get(Button.class, s -> s.withText("Begeleider toevoegen")));
        NotificationsKt.expectNotifications("Kies een wachtwoord van minstens 10 tekens.");
        assertThat(accounts.findByUsername(username)).isEmpty();

        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), "een-goed-wachtwoord");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord (nog een keer)")), "een-goed-wachtwoord");
        _click(_get(Button.class, s -> s.withText("Begeleider toevoegen")));

        FacilitatorAccount created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("Marieke Jansen");
        assertThat(created.getPasswordHash()).doesNotContain("een-goed-wachtwoord");
        assertThat(encoder.matches("een-goed-wachtwoord", created.getPasswordHash())).isTrue();
        assertThat(created.getRoles()).containsExactly(AccountService.ROLE_FACILITATOR);
        @SuppressWarnings("unchecked")
        Grid<FacilitatorAccount> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(FacilitatorAccount::getUsername))
                .contains(username);
    }

    @Test
    void aFacilitatorWhoIsNoBeheerderDoesNotReachTheAccountsOrTheLog() {
        Actor.Facilitator f = data.facilitator();
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("begeleiders");
        assertThat(KaribuSupport.pageHtml("rw-message-page")).doesNotContain("Begeleider toevoegen");
        UI.getCurrent().navigate("toegangslog");
        assertThat(KaribuSupport.pageHtml("rw-message-page")).doesNotContain("Exporteren (CSV)");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(NoAccessException.class,
                () -> accounts.listAccounts(f))).isNotNull();
    }

    @Test
    void theSetupLinkWorksOnceAndAnUnknownOneSaysSo() {
        UI.getCurrent().navigate("eerste-account/verzonnen-token");
        assertThat(_get(H2.class).getText()).isEqualTo("Deze link werkt niet (meer)");
    }

    @Test
    void theCardsPageShowsEachWerkkaartLikeThePaperCard() {
        Actor.Facilitator f = data.facilitator();
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("werkkaarten/tijdlijn");
        assertThat(_get(H3.class).getText()).containsIgnoringCase("tijdlijn");
        assertThat(_get(com.vaadin.flow.component.html.Article.class).getElement().getTextRecursively())
                .contains("Wat zien we?").contains("Lees verder: NJi, Samen lerend doen wat werkt in de praktijk");
        UI.getCurrent().navigate("werkkaarten/doorgaan-vertragen");
        assertThat(_get(com.vaadin.flow.component.html.Article.class).getElement().getTextRecursively())
                .contains("Spanningsveld 4");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        Actor.Facilitator f = data.facilitator();
        String username = data.usernameOf(f);
        UI.getCurrent().navigate("login");
        for (int i = 0; i < 5; i++) {
            _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), username);
            _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), "fout-wachtwoord-" + i);
            _click(_get(Button.class, s -> s.withText("Inloggen")));
            NotificationsKt.expectNotifications("Controleer je gebruikersnaam en wachtwoord en probeer het opnieuw.");
        }
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), username);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), TestData.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Inloggen")));
        // the bucket refills one attempt per 3 minutes: the message says so, not "a quarter of an hour"
        NotificationsKt.expectNotifications("Te veel mislukte pogingen. Over 3 minuten kun je het opnieuw proberen. "
                + "Daarna komt er steeds na hooguit drie minuten weer één poging bij.");
        // still on the first step: no code field was offered
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextField.class, s -> s.withLabel("Code"))).isEmpty();
    }

    @Test
    void theRightPasswordLeadsToTheSecondStepNotIntoTheApp() {
        Actor.Facilitator f = data.facilitator();
        UI.getCurrent().navigate("login");
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), data.usernameOf(f));
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), TestData.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Inloggen")));
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Koppel een authenticator-app");
        assertThat(_get(TextField.class, s -> s.withLabel("Code"))).isNotNull();
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .isNull();
    }
}
