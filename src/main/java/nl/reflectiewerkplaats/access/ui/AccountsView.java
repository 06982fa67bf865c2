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
import org.springframework.beans.factory.annotation.Value;
import nl.reflectiewerkplaats.access.AccountLink;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.ui.PublicUrl;

/**
 * The beheerder sees all accounts, creates new ones with their roles (the holder
 * chooses the password through a one-time link), resets a password or a second
 * factor (again by a one-time link), and disables or enables accounts.
 */
@Route(value = "begeleiders", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_BEHEERDER)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"))
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final Actor actor;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            Locale.of("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    private final Grid<FacilitatorAccount> grid = new Grid<>();
    private final String publicUrl;

    AccountsView(AccountService accounts, CurrentActor currentActor,
                 @Value("${reflectiewerkplaats.public-url:}") String publicUrl) {
        this.accounts = accounts;
        this.publicUrl = publicUrl;
        this.actor = currentActor.administrator().orElseThrow(NoAccessException::new);
        addClassName("rw-page");
        grid.addColumn(FacilitatorAccount::getDisplayName).setHeader(getTranslation("field.displayName"));
        grid.addColumn(FacilitatorAccount::getUsername).setHeader(getTranslation("field.username"));
        grid.addColumn(a -> DATE.format(a.getCreatedAt())).setHeader(getTranslation("account.created"));
        grid.addColumn(a -> a.getRoles().stream().map(r -> getTranslation("account.role." + r)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles"));
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
        grid.addComponentColumn(a -> {
            Button password = new Button(getTranslation("account.resetPassword"),
                    e -> issue(a, () -> accounts.resetPassword(actor, a.getId())));
            Button secondFactor = new Button(getTranslation("account.resetSecondFactor"),
                    e -> issue(a, () -> accounts.resetSecondFactor(actor, a.getId())));
            for (Button b : List.of(password, secondFactor)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.setEnabled(!a.getId().equals(actor.id()) && !a.isDisabled());
            }
            HorizontalLayout actions =
                    new HorizontalLayout(password, secondFactor);
            actions.setSpacing(false);
            if (a.getLinkPurpose() != null) {
                actions.add(new Span(getTranslation("account.pendingLink")));
            }
            return actions;
        }).setHeader(getTranslation("account.actions")).setKey("herstel");
        grid.setAllRowsVisible(true);

        SetupView.AccountForm form = new SetupView.AccountForm(false);
        CheckboxGroup<String> roles = new CheckboxGroup<>(
                getTranslation("account.roles"));
        roles.setItems(AccountService.ROLE_FACILITATOR, AccountService.ROLE_BEHEERDER);
        roles.setItemLabelGenerator(r -> getTranslation("account.role." + r));
        roles.setValue(Set.of(AccountService.ROLE_FACILITATOR));
        form.add(roles);
        Button create = new Button(getTranslation("account.create"), e -> {
            String name = form.displayName.getValue();
            AccountLink[] made = new AccountLink[1];
            if (Messages.attempt(this, () -> made[0] = accounts.createAccount(actor, form.username.getValue(), name,
                    roles.getValue()))) {
                Messages.showSuccess(getTranslation("account.created.notice"));
                form.clear();
                refresh();
                showLink(name, made[0]);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.accounts")), new Paragraph(getTranslation("account.intro")), grid,
                new H3(getTranslation("account.create")), form, create);
        refresh();
    }

    private void issue(FacilitatorAccount account, Supplier<AccountLink> action) {
        AccountLink[] link = new AccountLink[1];
        if (Messages.attempt(this, () -> link[0] = action.get())) {
            refresh();
            showLink(account.getDisplayName(), link[0]);
        }
    }

    /** Shows the one-time link once; it is stored only as a hash and cannot be shown again. */
    private void showLink(String name, AccountLink link) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.link.title", name));
        TextField url = new TextField();
        url.setValue(PublicUrl.base(publicUrl) + "/" + link.path());
        url.setReadOnly(true);
        url.setWidthFull();
        url.addClassName("rw-account-link");
        dialog.add(new Paragraph(getTranslation("account.link." + link.purpose(), name)), url,
                new Paragraph(getTranslation("account.link.expires", DATE_TIME.format(link.expiresAt()))));
        Button close = new Button(getTranslation("account.link.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.listAccounts(actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " · " + getTranslation("app.name");
    }
}
