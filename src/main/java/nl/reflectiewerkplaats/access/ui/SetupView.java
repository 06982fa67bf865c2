package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.access.PasswordPolicy;

/** The one-time page, reached by the link in the log, that makes the first facilitator account. */
@Route("eerste-account/:token")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private String token;

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("rw-narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        if (!accounts.isValidSetupToken(token)) {
            add(new H2(getTranslation("setup.invalid.title")), new Paragraph(getTranslation("setup.invalid.text")));
            return;
        }
        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")));
        AccountForm form = new AccountForm(true);
        Button create = new Button(getTranslation("setup.submit"), e -> {
            if (!form.passwordsMatch()) {
                return;
            }
            Messages.attemptThen(this, () -> accounts.createFirstAccount(token, form.username.getValue(),
                    form.displayName.getValue(), form.password.getValue()), () -> {
                Messages.showSuccess(getTranslation("setup.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }

    /** Username and name, with the password twice where its holder chooses it; shared with the accounts page. */
    static class AccountForm extends FormLayout {
        final TextField username = new TextField();
        final TextField displayName = new TextField();
        final PasswordField password = new PasswordField();
        final PasswordField repeat = new PasswordField();

        AccountForm(boolean withPassword) {
            username.setLabel(getTranslation("field.username"));
            username.setHelperText(getTranslation("account.usernameHelp"));
            username.setMaxLength(FacilitatorAccount.USERNAME_MAX_LENGTH);
            username.setRequired(true);
            displayName.setLabel(getTranslation("field.displayName"));
            displayName.setMaxLength(FacilitatorAccount.NAME_MAX_LENGTH);
            displayName.setRequired(true);
            password.setLabel(getTranslation("field.password"));
            password.setHelperText(getTranslation("account.passwordHelp", PasswordPolicy.MIN_LENGTH));
            password.setMaxLength(FacilitatorAccount.PASSWORD_MAX_LENGTH);
            password.setRequired(true);
            repeat.setLabel(getTranslation("field.passwordRepeat"));
            repeat.setMaxLength(FacilitatorAccount.PASSWORD_MAX_LENGTH);
            add(username, displayName);
            if (withPassword) {
                add(password, repeat);
            }
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        }

        boolean passwordsMatch() {
            return AccountFields.repeated(password, repeat);
        }

        void clear() {
            username.clear();
            displayName.clear();
            password.clear();
            repeat.clear();
        }
    }
}
