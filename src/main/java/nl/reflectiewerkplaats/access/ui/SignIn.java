package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import com.vaadin.flow.server.VaadinSession;
import nl.reflectiewerkplaats.access.AccountService;

/**
 * Completes a login after every factor was checked: only here does a session get the
 * account's roles. Gives the session a new id (no session fixation), stores the
 * security context in it and notes when the login happened (for the absolute
 * time-out), then reloads the page into the app.
 *
 * <p>The login is set through this app's own {@link SecurityContextHolderStrategy} (the one
 * its security filter chain clears after every request), never through the JVM-wide
 * {@code SecurityContextHolder}: Vaadin points that at the last started app's strategy, and
 * a login written there stayed on the worker thread, where the next anonymous request read
 * it (a participant joining by the invite link was shown the meeting as the facilitator;
 * {@code TwoAppsOneJvmBrowserTests}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignIn {

    static final String AUTHENTICATED_AT = SignIn.class.getName() + ".at";
    static final String ACCOUNT_EPOCH = SignIn.class.getName() + ".epoch";

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy securityContexts;
    private final SessionDirectory sessions;
    private final Clock clock;
    private final AccountService accounts;

    void complete(FacilitatorAccount account) {
        accounts.recordLogin(account);
        List<SimpleGrantedAuthority> authorities = account.getRoles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        User principal = new User(account.getUsername(), "", authorities);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(authentication);
        securityContexts.setContext(context);
        repository.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
        request.getSession().setAttribute(AUTHENTICATED_AT, clock.instant());
        sessions.register(account.getUsername(), VaadinSession.getCurrent());
        boolean facilitator = account.hasRole(AccountService.ROLE_FACILITATOR);
        // back to the meeting this browser was in when the session ended (restart, time-out)
        Object back = VaadinSession.getCurrent().getAttribute(CurrentActor.RETURN_AFTER_LOGIN);
        VaadinSession.getCurrent().setAttribute(CurrentActor.RETURN_AFTER_LOGIN, null);
        UI.getCurrent().getPage().setLocation(facilitator && back instanceof String route && route.matches("[a-z-]+/[A-Za-z0-9_-]+")
                ? "./" + route : facilitator ? "./" : "./toegangslog");
    }
}
