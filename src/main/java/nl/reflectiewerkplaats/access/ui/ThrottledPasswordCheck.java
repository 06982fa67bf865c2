package nl.reflectiewerkplaats.access.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.RequestOrigin;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.DisabledException;

/**
 * Every password check goes through here, whichever way it comes in: the login view,
 * or a direct {@code POST /login} to the form login that Vaadin's {@code loginView}
 * sets up. A username or address over the {@link LoginThrottle}'s limit is refused
 * before the password is looked at; a wrong password counts against both.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ThrottledPasswordCheck implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final RequestOrigin origin;
    private final AccountService accounts;

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = LoginThrottle.normalise(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : origin.currentAddress().orElse("?");
        if (!throttle.allows(username, address)) {
            accounts.recordLoginFailure(username, true);
            throw new TooManyAttemptsException();
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException failed) {
            throttle.failed(username, address);
            accounts.recordLoginFailure(username, false);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Refused because of too many failed attempts, not because of the password. */
    static class TooManyAttemptsException extends AuthenticationException {
        TooManyAttemptsException() {
            super("too many attempts");
        }
    }
}
