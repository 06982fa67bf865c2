package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.access.RequestOrigin;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Messages;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * Facilitators and beheerders log in here, in two steps: the password, then a code
 * from their authenticator app (or a recovery code). Whoever has no app linked yet
 * links one before going in (when two-factor login is required, the default).
 * Participants need no account: they join by link.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final AuthenticationManager authenticationManager;
    private final SignIn signIn;
    private final RequestOrigin origin;
    private final Div card = new Div();
    private final LoginThrottle throttle;

    LoginView(AccountService accounts, AuthenticationManager authenticationManager, SignIn signIn,
              RequestOrigin origin, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.authenticationManager = authenticationManager;
        this.signIn = signIn;
        this.origin = origin;
        addClassName("rw-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("rw-login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("rw-muted");
        Paragraph participants = new Paragraph(getTranslation("login.participantsHint"));
        participants.addClassName("rw-muted");
        Paragraph setupHint = new Paragraph(getTranslation("login.setupHint"));
        setupHint.addClassName("rw-setup-hint");
        setupHint.setVisible(accounts.noAccountYet());
        card.addClassName("rw-login-card");
        add(new Div(brand, tagline), card, participants, setupHint);
        showPasswordStep();
    }

    private void showPasswordStep() {
        TextField username = new TextField(getTranslation("login.username"));
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setMaxLength(FacilitatorAccount.USERNAME_MAX_LENGTH);
        username.setWidthFull();
        PasswordField password = AccountFields.password(this, "login.password");
        step("login.submit", e -> {
            String login = LoginThrottle.normalise(username.getValue());
            try {
                // throttled inside (ThrottledPasswordCheck), as is Spring's form login
                authenticationManager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(login, password.getValue()));
            } catch (ThrottledPasswordCheck.TooManyAttemptsException throttled) {
                password.clear();
                Messages.showError(throttledText(throttle.waitTime(login, origin.currentAddress().orElse("?"))));
                return;
            } catch (AuthenticationException failed) {
                password.clear();
                Messages.showError(getTranslation("login.error.message"));
                return;
            }
            FacilitatorAccount account = accounts.findByUsername(login).orElseThrow();
            if (account.hasTwoFactor()) {
                showCodeStep(account);
            } else if (accounts.twoFactorRequired() && account.mayEnrolAtLogin()) {
                showEnrolStep(account);
            } else if (accounts.twoFactorRequired()) {
                // a password alone never links an app: that takes the beheerder's account link
                password.clear();
                Messages.showError(getTranslation("login.error.needsLink"));
            } else {
                signIn.complete(account);
            }
        }, new H2(getTranslation("login.title")), username, password);
        username.focus();
    }

    /** The lock message with the true wait: rounded up to whole minutes, or seconds under a minute. */
    private String throttledText(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String when = seconds < 60 ? getTranslation("login.wait.seconds", seconds)
                : getTranslation(seconds <= 60 ? "login.wait.minute" : "login.wait.minutes", (seconds + 59) / 60);
        return getTranslation("login.error.throttled", when);
    }

    private void showCodeStep(FacilitatorAccount account) {
        TextField code = AccountFields.code(this, true);
        step("login.code.submit", e -> {
            String address = origin.currentAddress().orElse("?");
            if (!throttle.allows(account.getUsername(), address)) {
                Messages.showError(throttledText(throttle.waitTime(account.getUsername(), address)));
                return;
            }
            if (accounts.verifySecondFactor(account.getId(), code.getValue())) {
                signIn.complete(account);
            } else {
                throttle.failed(account.getUsername(), address);
                code.clear();
                Messages.showError(getTranslation("login.code.wrong"));
            }
        }, new H2(getTranslation("login.code.title")), new Paragraph(getTranslation("login.code.intro")), code);
        Button back = new Button(getTranslation("login.back"), e -> showPasswordStep());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(back);
        code.focus();
    }

    private void showEnrolStep(FacilitatorAccount account) {
        String secret = accounts.startTwoFactor(account.getId());
        TextField code = AccountFields.code(this, false);
        List<Component> parts = new ArrayList<>(List.of(new H2(getTranslation("login.enrol.title"))));
        parts.addAll(List.of(AccountFields.linkApp(this, account.getUsername(), secret)));
        parts.add(code);
        step("login.enrol.submit", e -> {
            try {
                List<String> recovery = accounts.confirmTwoFactor(account.getId(), code.getValue());
                showRecoveryCodes(account, recovery);
            } catch (UserFacingException failed) {
                code.clear();
                Messages.showError(this, failed);
            }
        }, parts.toArray(Component[]::new));
        code.focus();
    }

    private void showRecoveryCodes(FacilitatorAccount account, List<String> recovery) {
        Button done = new Button(getTranslation("login.recovery.done"), e -> signIn.complete(account));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setWidthFull();
        card.removeAll();
        card.add(new H2(getTranslation("login.recovery.title")), new Paragraph(getTranslation("login.recovery.intro")),
                AccountFields.recoveryCodes(recovery), done);
    }

    /** Shows one step on the card: its parts, then a full-width primary button that Enter presses. */
    private void step(String buttonKey, ComponentEventListener<ClickEvent<Button>> action, Component... parts) {
        Button button = new Button(getTranslation(buttonKey), action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setWidthFull();
        button.addClickShortcut(Key.ENTER);
        card.removeAll();
        card.add(parts);
        card.add(button);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
