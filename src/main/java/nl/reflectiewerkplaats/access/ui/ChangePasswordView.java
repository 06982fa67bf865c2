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
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
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
        PasswordField current = AccountFields.password(this, "password.current");
        PasswordField password = AccountFields.password(this, "password.new");
        PasswordField repeat = AccountFields.password(this, "password.repeat");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        TextField code = AccountFields.code(this, true);
        Button submit = new Button(getTranslation("password.submit"), e -> {
            if (!AccountFields.repeated(password, repeat)) {
                return;
            }
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
