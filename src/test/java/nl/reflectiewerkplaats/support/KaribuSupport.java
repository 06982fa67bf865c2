package nl.reflectiewerkplaats.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;

/** Browserless view tests: a mocked Vaadin session on the real Spring context. */
public final class KaribuSupport {

    private static Routes routes;
    private static ApplicationContext lastContext;

    private KaribuSupport() {
    }

    public static void setUp(ApplicationContext context) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("nl.reflectiewerkplaats");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        lastContext = context;
    }

    /** Another person's browser: a new session on the same application, nobody logged in. */
    public static void newBrowser() {
        tearDown();
        setUp(lastContext);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs the facilitator in, as Spring Security would after the login form. */
    public static void login(String username) {
        login(username, "FACILITATOR");
    }

    /** Logs in with the given roles, as the login view does after both factors. */
    public static void login(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        Set<String> roleSet = Set.of(roles);
        var user = new User(username, "n/a", authorities);
        var auth = new UsernamePasswordAuthenticationToken(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roleSet.contains(role.replaceFirst("^ROLE_", "")));
    }

    /** Opens the invite link and joins as a participant, as a person would: name, role, "Meedoen". */
    public static void joinAs(String inviteToken, String name) {
        UI.getCurrent().navigate("doe-mee/" + inviteToken);
        LocatorJ._setValue(LocatorJ._get(
                TextField.class, s -> s.withLabel("Naam")), name);
        LocatorJ._setValue(LocatorJ._get(
                TextField.class, s -> s.withLabel("Rol of organisatie")), "wijkteam");
        LocatorJ._click(LocatorJ._get(
                Button.class, s -> s.withText("Meedoen")));
    }

    /**
     * What the page holds, as HTML: everything the browser could have received. Fails
     * unless it contains {@code expectedClass}, so a check on it can never pass vacuously.
     */
    public static String pageHtml(String expectedClass) {
        String html = UI.getCurrent().getChildren()
                .map(c -> c.getElement().getOuterHTML())
                .collect(Collectors.joining("\n"));
        Assertions.assertThat(html).contains(expectedClass);
        return html;
    }

    /**
     * Lets pushed changes from other users reach this UI: runs the queued
     * {@code UI.access} tasks until the condition holds (or the time is up).
     */
    public static boolean awaitPush(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        MockVaadin.clientRoundtrip(false);
        return condition.getAsBoolean();
    }

    /**
     * Opens an instrument of the workspace as a person would: its tab when the agenda
     * put it in the bar, otherwise through "Meer".
     */
    public static void openInstrument(String name) {
        Optional<Tab> tab = LocatorJ
                ._find(Tab.class).stream().filter(t -> name.equals(t.getLabel()))
                .findFirst();
        if (tab.isPresent()) {
            LocatorJ._get(TabSheet.class,
                    s -> s.withClasses("rw-instruments")).setSelectedTab(tab.get());
        } else {
            ContextMenuKt._clickItemWithCaption(
                    LocatorJ._get(MenuBar.class,
                            s -> s.withClasses("rw-more-instruments")), name);
        }
    }
}
