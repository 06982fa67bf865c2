package nl.reflectiewerkplaats.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Facilitator accounts. There is no default password: while no account exists the
 * app holds a one-time setup token and prints the setup link in its log.
 */
@Service
public class AccountService implements UserDetailsService {

    public static final String ROLE_FACILITATOR = "FACILITATOR";
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FacilitatorAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String publicUrl;
    private final AtomicReference<String> setupToken = new AtomicReference<>();

    AccountService(FacilitatorAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   @Value("${reflectiewerkplaats.public-url:}") String publicUrl) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** On start with no accounts: make a setup token and print the link once. */
    @EventListener(ApplicationReadyEvent.class)
    public void announceSetupLinkIfNeeded(ApplicationReadyEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        String token = setupTokenIfNeeded().orElseThrow();
        String base = publicUrl.isBlank()
                ? "http://localhost:" + event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080")
                : publicUrl.replaceAll("/+$", "");
        log.warn("""

                ================================================================
                 Nog geen begeleider-account. Maak het eerste account aan via:
                 {}/eerste-account/{}
                 (deze link werkt één keer)
                ================================================================""", base, token);
    }

    /** The current setup token, created if no account exists yet; empty once one does. */
    public Optional<String> setupTokenIfNeeded() {
        if (accounts.count() > 0) {
            setupToken.set(null);
            return Optional.empty();
        }
        setupToken.compareAndSet(null, newToken());
        return Optional.ofNullable(setupToken.get());
    }

    public boolean isValidSetupToken(String token) {
        String expected = setupToken.get();
        return expected != null && token != null && constantTimeEquals(expected, token) && accounts.count() == 0;
    }

    /** Creates the very first account with the one-time setup token. */
    public FacilitatorAccount createFirstAccount(String token, String username, String displayName, String password) {
        if (!isValidSetupToken(token)) {
            throw new InvalidInputException("error.setup.tokenInvalid");
        }
        FacilitatorAccount created = create(username, displayName, password);
        setupToken.set(null);
        return created;
    }

    /** A facilitator creates an account for another facilitator. */
    public FacilitatorAccount createAccount(Actor actor, String username, String displayName, String password) {
        requireFacilitator(actor);
        return create(username, displayName, password);
    }

    public List<FacilitatorAccount> listAccounts(Actor actor) {
        requireFacilitator(actor);
        return accounts.findAllByOrderByDisplayNameAsc();
    }

    public Optional<FacilitatorAccount> findByUsername(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(normaliseUsername(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        FacilitatorAccount account = findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(ROLE_FACILITATOR)
                .build();
    }

    private FacilitatorAccount create(String username, String displayName, String password) {
        String login = normaliseUsername(Texts.required(username, FacilitatorAccount.USERNAME_MAX_LENGTH, "field.username"));
        if (!login.matches("[a-z0-9._@+-]+")) {
            throw new InvalidInputException("error.account.usernameChars");
        }
        String name = Texts.required(displayName, FacilitatorAccount.NAME_MAX_LENGTH, "field.displayName");
        if (password == null || password.length() < FacilitatorAccount.PASSWORD_MIN_LENGTH) {
            throw new InvalidInputException("error.account.passwordShort", FacilitatorAccount.PASSWORD_MIN_LENGTH);
        }
        if (password.length() > FacilitatorAccount.PASSWORD_MAX_LENGTH) {
            throw new InvalidInputException("error.input.tooLong", "field.password", FacilitatorAccount.PASSWORD_MAX_LENGTH);
        }
        if (accounts.findByUsername(login).isPresent()) {
            throw new InvalidInputException("error.account.usernameTaken");
        }
        try {
            return accounts.save(new FacilitatorAccount(login, name, passwordEncoder.encode(password), clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("error.account.usernameTaken");
        }
    }

    private static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireFacilitator(Actor actor) {
        if (!(actor instanceof Actor.Facilitator)) {
            throw new NoAccessException();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
