package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccountLink;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.PasswordPolicy;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Messages;

/**
 * The page behind a one-time account link from the beheerder: a new account's holder
 * chooses a password and links an authenticator app; after a password reset the
 * holder chooses a new password, confirmed with the app; after a second-factor reset
 * the holder links a new app, confirmed with their password.
 */
@Route("account/:token")
@AnonymousAllowed
public class AccountLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.of("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final AccountService accounts;
    private String title = "";

    AccountLinkView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("rw-narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<AccountLink.Pending> pending = accounts.openLink(token);
        if (pending.isEmpty()) {
            title = getTranslation("setup.invalid.title");
            add(new H2(title), new Paragraph(getTranslation("error.link.invalid")));
            return;
        }
        AccountLink.Pending link = pending.get();
        AccountLink.Purpose purpose = link.purpose();
        title = getTranslation("link.title." + purpose);
        add(new H2(title), new Paragraph(getTranslation("link.intro." + purpose, link.displayName(), link.username())),
                new Paragraph(getTranslation("link.expires", WHEN.format(link.expiresAt()))));

        PasswordField current = AccountFields.password(this, "link.currentPassword");
        PasswordField password = AccountFields.password(this, "link.newPassword");
        PasswordField repeat = AccountFields.password(this, "field.passwordRepeat");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        // a recovery code works too, except where the new app is being linked
        TextField code = AccountFields.code(this, !purpose.linksApp());

        if (purpose == AccountLink.Purpose.SECOND_FACTOR) {
            add(current);
        }
        if (purpose.choosesPassword()) {
            add(password, repeat);
        }
        if (purpose.linksApp()) {
            add(AccountFields.linkApp(this, link.username(), accounts.startLinkEnrolment(token)));
        }
        add(code);
        Button submit = new Button(getTranslation("link.submit." + purpose), e -> {
            if (purpose.choosesPassword() && !AccountFields.repeated(password, repeat)) {
                return;
            }
            try {
                List<String> recovery = accounts.completeLink(token, current.getValue(),
                        purpose.choosesPassword() ? password.getValue() : null, code.getValue());
                showDone(recovery);
            } catch (UserFacingException failed) {
                code.clear();
                Messages.showError(this, failed);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    private void showDone(List<String> recovery) {
        removeAll();
        add(new H2(getTranslation("link.done")));
        if (!recovery.isEmpty()) {
            add(new Paragraph(getTranslation("login.recovery.intro")), AccountFields.recoveryCodes(recovery));
        }
        Button toLogin = new Button(getTranslation("link.toLogin"),
                e -> getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
        toLogin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(toLogin);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
