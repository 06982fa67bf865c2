package nl.reflectiewerkplaats.access;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.junit.jupiter.api.Assertions;
import org.springframework.security.core.context.SecurityContextHolder;

@KaribuViewTest
class AccountViewsTests {

    @Autowired
    TestData data;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aBeheerderCreatesAnAccountByOneTimeLinkAndItsHolderChoosesThePassword() {
        Actor.Administrator b = data.beheerderOnly();
        KaribuSupport.login(data.usernameOf(b), AccountService.ROLE_BEHEERDER);
        UI.getCurrent().navigate("begeleiders");
        assertThat(_get(H2.class).getText()).isEqualTo("Begeleiders");
        // the beheerder is not asked for a password
        assertThat(LocatorJ._find(PasswordField.class)).isEmpty();

        String suffix = Long.toString(System.nanoTime(), 36);
        String username = "marieke" + suffix + "@voorbeeld.nl";
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), "Marieke" + suffix.toUpperCase() + "@Voorbeeld.nl");
        _setValue(_get(TextField.class, s -> s.withLabel("Naam")), "Marieke Jansen");
        _click(_get(Button.class, s -> s.withText("Begeleider toevoegen")));
        NotificationsKt.expectNotifications("Het account is aangemaakt.");

        FacilitatorAccount created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.getDisplayName()).isEqualTo("Marieke Jansen");
        assertThat(created.hasPassword()).isFalse();
        assertThat(created.getRoles()).containsExactly(AccountService.ROLE_FACILITATOR);
        @SuppressWarnings("unchecked")
        Grid<FacilitatorAccount> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().map(FacilitatorAccount::getUsername)).contains(username);
        TextField link = _get(TextField.class, s -> s.withClasses("rw-account-link"));
        assertThat(link.getValue()).contains("/account/");
        String path = link.getValue().substring(link.getValue().indexOf("/account/") + 1);

        // Marieke opens the link (another browser: no login), chooses her password and links her app
        KaribuSupport.newBrowser();
        UI.getCurrent().navigate(path);
        assertThat(_get(H2.class).getText()).isEqualTo("Je account instellen");
        String secret = _get(Span.class, s -> s.withClasses("rw-secret"))
                .getElement().getAttribute("data-secret");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord")), "PasswordPassword");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord (nog een keer)")), "PasswordPassword");
        _setValue(_get(TextField.class, s -> s.withLabel("Code")), TotpCodes.codeAt(secret, Instant.now()));
        _click(_get(Button.class, s -> s.withText("Opslaan en koppelen")));
        NotificationsKt.expectNotifications("Dit wachtwoord staat op de lijst van veelgebruikte of uitgelekte wachtwoorden. Kies iets dat niet te raden is.");
        assertThat(accounts.findByUsername(username).orElseThrow().hasPassword()).isFalse();

        _setValue(_get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord")), "koffie-bij-de-wijkpost");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord (nog een keer)")), "koffie-bij-de-wijkpost");
        _setValue(_get(TextField.class, s -> s.withLabel("Code")), TotpCodes.codeAt(secret, Instant.now()));
        _click(_get(Button.class, s -> s.withText("Opslaan en koppelen")));
        assertThat(_get(H2.class).getText()).isEqualTo("Klaar. Je kunt nu inloggen.");
        assertThat(_get(OrderedList.class).getChildren().count()).isEqualTo(10);
        FacilitatorAccount done = accounts.findByUsername(username).orElseThrow();
        assertThat(encoder.matches("koffie-bij-de-wijkpost", done.getPasswordHash())).isTrue();
        assertThat(done.hasTwoFactor()).isTrue();

        // the link worked once
        UI.getCurrent().navigate(path);
        assertThat(_get(H2.class).getText()).isEqualTo("Deze link werkt niet (meer)");
    }

    @Test
    void afterASecondFactorResetThePasswordAloneLinksNoAppAtTheLoginPage() {
        String username = "reset" + System.nanoTime();
        AccountLink setup = accounts.createAccount(data.administrator(), username, "Rik Reset");
        data.completeSetup(setup);
        AccountLink reset = accounts.resetSecondFactor(data.administrator(), setup.accountId());

        UI.getCurrent().navigate("login");
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), username);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), TestData.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Inloggen")));
        NotificationsKt.expectNotifications("Aan je account is nog geen authenticator-app gekoppeld. Open de link die je van de beheerder kreeg om dat te doen; werkt die niet meer, vraag dan een nieuwe.");
        assertThat(LocatorJ._find(Image.class)).isEmpty();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .isNull();

        // the link page asks for the password before it links the new app
        UI.getCurrent().navigate(reset.path());
        assertThat(_get(H2.class).getText()).isEqualTo("Nieuwe authenticator-app koppelen");
        String secret = _get(Span.class, s -> s.withClasses("rw-secret"))
                .getElement().getAttribute("data-secret");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Je wachtwoord")), "niet-het-wachtwoord");
        _setValue(_get(TextField.class, s -> s.withLabel("Code")), TotpCodes.codeAt(secret, Instant.now()));
        _click(_get(Button.class, s -> s.withText("Koppelen")));
        NotificationsKt.expectNotifications("Dit wachtwoord klopt niet. Typ het wachtwoord waarmee je tot nu toe inlogde.");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Je wachtwoord")), TestData.PASSWORD);
        _setValue(_get(TextField.class, s -> s.withLabel("Code")), TotpCodes.codeAt(secret, Instant.now()));
        _click(_get(Button.class, s -> s.withText("Koppelen")));
        assertThat(_get(H2.class).getText()).isEqualTo("Klaar. Je kunt nu inloggen.");
        assertThat(accounts.findById(setup.accountId()).orElseThrow().hasTwoFactor()).isTrue();
    }

    @Test
    void aBeheerderResetsAPasswordAndSeesTheLinkOnce() {
        Actor.Administrator b = data.beheerderOnly();
        String username = "wachtwoordkwijt" + System.nanoTime();
        AccountLink setup = accounts.createAccount(b, username, "Wanda Kwijt");
        data.completeSetup(setup);
        KaribuSupport.login(data.usernameOf(b), AccountService.ROLE_BEHEERDER);
        UI.getCurrent().navigate("begeleiders");
        @SuppressWarnings("unchecked")
        Grid<FacilitatorAccount> grid = _get(Grid.class);
        FacilitatorAccount wanda = grid.getGenericDataView().getItems().filter(a -> a.getUsername().equals(username))
                .findFirst().orElseThrow();
        Button reset = (Button) GridKt._getCellComponent(grid,
                grid.getGenericDataView().getItems().toList().indexOf(wanda), "herstel")
                .getChildren().filter(c -> c instanceof Button bt && bt.getText().equals("Wachtwoord resetten"))
                .findFirst().orElseThrow();
        _click(reset);
        TextField link = _get(TextField.class, s -> s.withClasses("rw-account-link"));
        assertThat(link.getValue()).contains("/account/");
        assertThat(accounts.findById(setup.accountId()).orElseThrow().getLinkPurpose())
                .isEqualTo(AccountLink.Purpose.PASSWORD);
        // the old password still works until Wanda chooses a new one
        assertThat(encoder.matches(TestData.PASSWORD, accounts.findById(setup.accountId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void aFacilitatorChangesTheirOwnPasswordWithTheSecondFactor() {
        String username = "zelf" + System.nanoTime();
        AccountLink setup = accounts.createAccount(data.administrator(), username, "Zelf Wijzigen");
        String secret = data.completeSetup(setup);
        KaribuSupport.login(username);
        UI.getCurrent().navigate("wachtwoord");
        assertThat(_get(H2.class).getText()).isEqualTo("Wachtwoord wijzigen");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Huidig wachtwoord")), TestData.PASSWORD);
        _setValue(_get(TextField.class, s -> s.withLabel("Code")), "000000".equals(
                TotpCodes.codeAt(secret, Instant.now().plusSeconds(30))) ? "111111" : "000000");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord")), "regen-op-het-dak-van-de-school");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Nieuw wachtwoord (nog een keer)")), "regen-op-het-dak-van-de-school");
        _click(_get(Button.class, s -> s.withText("Wachtwoord wijzigen")));
        NotificationsKt.expectNotifications("Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en typ de code die nu in de app staat.");
        assertThat(encoder.matches(TestData.PASSWORD, accounts.findById(setup.accountId()).orElseThrow().getPasswordHash()))
                .isTrue();

        _setValue(_get(TextField.class, s -> s.withLabel("Code")),
                TotpCodes.codeAt(secret, Instant.now().plusSeconds(30)));
        _click(_get(Button.class, s -> s.withText("Wachtwoord wijzigen")));
        NotificationsKt.expectNotifications("Je wachtwoord is gewijzigd.");
        assertThat(encoder.matches("regen-op-het-dak-van-de-school",
                accounts.findById(setup.accountId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aFacilitatorWhoIsNoBeheerderDoesNotReachTheAccountsOrTheLog() {
        Actor.Facilitator f = data.facilitator();
        KaribuSupport.login(data.usernameOf(f));
        UI.getCurrent().navigate("begeleiders");
        assertThat(KaribuSupport.pageHtml("rw-message-page")).doesNotContain("Begeleider toevoegen");
        UI.getCurrent().navigate("toegangslog");
        assertThat(KaribuSupport.pageHtml("rw-message-page")).doesNotContain("Exporteren (CSV)");
        assertThat(Assertions.assertThrows(NoAccessException.class,
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
        assertThat(_get(Article.class).getElement().getTextRecursively())
                .contains("Wat zien we?").contains("Lees verder: NJi, Samen lerend doen wat werkt in de praktijk");
        assertThat(_find(_get(Article.class), H4.class)).extracting(H4::getText).contains("Tips");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("De tijdlijn · ");
        UI.getCurrent().navigate("werkkaarten/doorgaan-vertragen");
        assertThat(_get(Article.class).getElement().getTextRecursively())
                .contains("Spanningsveld 4").contains("Lees verder: ");
        // no questions for bestuurders on this field: no heading for them either
        assertThat(_find(_get(Article.class), H4.class)).extracting(H4::getText)
                .contains("Vragen bij elk spanningsveld").doesNotContain("Vragen voor bestuurders");
        UI.getCurrent().navigate("werkkaarten/bewezen-ongrijpbaar");
        assertThat(_find(_get(Article.class), H4.class)).extracting(H4::getText)
                .contains("Vragen bij elk spanningsveld", "Vragen voor bestuurders");
        UI.getCurrent().navigate("werkkaarten/spanningsvelden");
        assertThat(_get(H3.class).getText()).isEqualTo(UI.getCurrent().getInternals().getTitle().split(" · ")[0]);
        assertThat(_find(_get(Article.class), H4.class)).extracting(H4::getText).containsExactly("Vragen bij elk spanningsveld");
        assertThat(_get(Article.class).getElement().getTextRecursively()).contains("Lees verder: ");
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
        assertThat(LocatorJ._find(TextField.class, s -> s.withLabel("Code"))).isEmpty();
    }

    @Test
    void theRightPasswordLeadsToTheSecondStepNotIntoTheApp() {
        Actor.Facilitator f = data.facilitator();
        UI.getCurrent().navigate("login");
        _setValue(_get(TextField.class, s -> s.withLabel("Gebruikersnaam")), data.usernameOf(f));
        _setValue(_get(PasswordField.class, s -> s.withLabel("Wachtwoord")), TestData.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Inloggen")));
        // the first account of the store links its app here; every other one has linked it through its set-up link
        assertThat(_get(H2.class).getText()).isEqualTo(
                data.secretOf(f) == null ? "Koppel een authenticator-app" : "Tweede stap");
        assertThat(_get(TextField.class, s -> s.withLabel("Code"))).isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .isNull();
    }
}
