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

/** The beheerder sees all accounts, creates new ones with their roles, and disables or enables them. */
@Route(value = "begeleiders", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_BEHEERDER)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"))
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final Actor actor;
    private final Grid<FacilitatorAccount> grid = new Grid<>();

    AccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.actor = currentActor.administrator().orElseThrow(nl.reflectiewerkplaats.access.NoAccessException::new);
        addClassName("rw-page");
        grid.addColumn(FacilitatorAccount::getDisplayName).setHeader(getTranslation("field.displayName"));
        grid.addColumn(FacilitatorAccount::getUsername).setHeader(getTranslation("field.username"));
        grid.addColumn(a -> DATE.format(a.getCreatedAt())).setHeader(getTranslation("account.created"));
        grid.addColumn(a -> a.getRoles().stream().map(r -> getTranslation("account.role." + r)).sorted()
                .collect(java.util.stream.Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
        grid.addColumn(a -> getTranslation(a.hasTwoFactor() ? "account.twoFactor.on" : "account.twoFactor.off"))
                .setHeader(getTranslation("account.twoFactor"));
        grid.addComponentColumn(a -> {
            Button toggle = new Button(getTranslation(a.isDisabled() ? "account.enable" : "account.disable"), e -> {
                Messages.attemptThen(this, () -> accounts.setDisabled(actor, a.getId(), !a.isDisabled()), () -> {
                    refresh();
                });
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toggle.setEnabled(!a.getId().equals(actor.id()));
            return toggle;
        }).setHeader(getTranslation("account.status"));
        grid.setAllRowsVisible(true);

        SetupView.AccountForm form = new SetupView.AccountForm();
        com.vaadin.flow.component.checkbox.CheckboxGroup<String> roles = new com.vaadin.flow.component.checkbox.CheckboxGroup<>(
                getTranslation("account.roles"));
        roles.setItems(AccountService.ROLE_FACILITATOR, AccountService.ROLE_BEHEERDER);
        roles.setItemLabelGenerator(r -> getTranslation("account.role." + r));
        roles.setValue(java.util.Set.of(AccountService.ROLE_FACILITATOR));
        form.add(roles);
        Button create = new Button(getTranslation("account.create"), e -> {
            if (form.passwordsMatch() && Messages.attempt(this, () -> accounts.createAccount(actor,
                    form.username.getValue(), form.displayName.getValue(), form.password.getValue(),
                    roles.getValue()))) {
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
