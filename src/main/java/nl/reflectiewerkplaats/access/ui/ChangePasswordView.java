package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.PasswordPolicy;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;

/** A logged-in begeleider or beheerder changes their own password, with the second factor. */
@Route(value = "wachtwoord", layout = MainLayout.class)
@RolesAllowed({AccountService.ROLE_FACILITATOR, AccountService.ROLE_BEHEERDER})
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts, CurrentActor currentActor) {
        Actor actor = currentActor.facilitator().<Actor>map(f -> f)
                .or(() -> currentActor.administrator().map(a -> a))
                .orElseThrow(NoAccessException::new);
        addClassName("rw-narrow-page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        for (PasswordField field : List.of(current, password, repeat)) {
            field.setMaxLength(FacilitatorAccount.PASSWORD_MAX_LENGTH);
            field.setWidthFull();
        }
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        TextField code = new TextField(getTranslation("login.code"));
        code.setHelperText(getTranslation("login.code.help"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button submit = new Button(getTranslation("password.submit"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.passwordMismatch"));
                return;
            }
            repeat.setInvalid(false);
            boolean done = Messages.attempt(this,
                    () -> accounts.changePassword(actor, current.getValue(), code.getValue(), password.getValue()));
            code.clear();
            if (done) {
                current.clear();
                password.clear();
                repeat.clear();
                Messages.showSuccess(getTranslation("password.done"));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), current, code,
                password, repeat, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
