package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;

/** Facilitators see the facilitator accounts and create new ones. */
@Route(value = "begeleiders", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"))
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final Actor actor;
    private final Grid<FacilitatorAccount> grid = new Grid<>();

    AccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.actor = currentActor.facilitator().orElseThrow(nl.reflectiewerkplaats.access.NoAccessException::new);
        addClassName("rw-page");
        grid.addColumn(FacilitatorAccount::getDisplayName).setHeader(getTranslation("field.displayName"));
        grid.addColumn(FacilitatorAccount::getUsername).setHeader(getTranslation("field.username"));
        grid.addColumn(a -> DATE.format(a.getCreatedAt())).setHeader(getTranslation("account.created"));
        grid.setAllRowsVisible(true);

        SetupView.AccountForm form = new SetupView.AccountForm();
        Button create = new Button(getTranslation("account.create"), e -> {
            if (form.passwordsMatch() && Messages.attempt(this, () -> accounts.createAccount(actor,
                    form.username.getValue(), form.displayName.getValue(), form.password.getValue()))) {
                Messages.showSuccess(getTranslation("account.created.notice"));
                form.clear();
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.accounts")), new Paragraph(getTranslation("account.intro")), grid,
                new H3(getTranslation("account.create")), form, create);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.listAccounts(actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " · " + getTranslation("app.name");
    }
}
