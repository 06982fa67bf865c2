package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The facilitators' frame: app name, navigation, who is logged in, log out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("rw-brand");

        SideNav nav = new SideNav();
        // the menu shows what the roles reach; every view and service checks again
        if (authentication.hasRole("FACILITATOR")) {
            nav.addItem(new SideNavItem(getTranslation("nav.cases"), "", VaadinIcon.FOLDER_OPEN_O.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.cards"), "werkkaarten", VaadinIcon.BOOK.create()));
        if (authentication.hasRole("BEHEERDER")) {
            nav.addItem(new SideNavItem(getTranslation("nav.accounts"), "begeleiders", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.log"), "toegangslog", VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.retention"), "bewaartermijnen", VaadinIcon.CALENDAR_CLOCK.create()));
        }
        if (authentication.isAuthenticated()) {
            nav.addItem(new SideNavItem(getTranslation("nav.password"), "wachtwoord", VaadinIcon.KEY.create()));
        }
        addToDrawer(brand, nav);

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("rw-navbar");
        Span spacer = new Span();
        header.add(new DrawerToggle(), spacer);
        header.setFlexGrow(1, spacer);
        authentication.getPrincipalName().ifPresent(name -> {
            Span user = new Span(VaadinIcon.USER.create(), new Span(name));
            user.addClassName("rw-user");
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(user, logout);
        });
        addToNavbar(header);
    }
}
