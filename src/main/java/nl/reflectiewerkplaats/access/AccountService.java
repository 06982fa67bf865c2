package nl.reflectiewerkplaats.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
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
    public static final String ROLE_BEHEERDER = "BEHEERDER";
    static final String ISSUER = "Reflectiewerkplaats";
    private static final int RECOVERY_CODES = 10;
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FacilitatorAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String publicUrl;
    private final AtomicReference<String> setupToken = new AtomicReference<>();
    private final ApplicationEventPublisher events;
    private final boolean twoFactorRequired;

    AccountService(FacilitatorAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   @Value("${reflectiewerkplaats.public-url:}") String publicUrl, ApplicationEventPublisher events,
                   @Value("${reflectiewerkplaats.security.two-factor-required:true}") boolean twoFactorRequired) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.events = events;
        this.twoFactorRequired = twoFactorRequired;
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

    /**
     * Creates the very first account with the one-time setup token. Whoever sets up
     * the workplace is both its beheerder and a facilitator; the beheerder can make
     * accounts with one role only afterwards.
     */
    public FacilitatorAccount createFirstAccount(String token, String username, String displayName, String password) {
        if (!isValidSetupToken(token)) {
            throw new InvalidInputException("error.setup.tokenInvalid");
        }
        FacilitatorAccount created = create(username, displayName, password, Set.of(ROLE_BEHEERDER, ROLE_FACILITATOR));
        setupToken.set(null);
        return created;
    }

    /** A beheerder creates a facilitator account. */
    public FacilitatorAccount createAccount(Actor actor, String username, String displayName, String password) {
        return createAccount(actor, username, displayName, password, Set.of(ROLE_FACILITATOR));
    }

    /** A beheerder creates an account with the given roles (at least one). */
    public FacilitatorAccount createAccount(Actor actor, String username, String displayName, String password,
                                            Set<String> roles) {
        requireAdministrator(actor);
        if (roles == null || roles.isEmpty() || !Set.of(ROLE_FACILITATOR, ROLE_BEHEERDER).containsAll(roles)) {
            throw new InvalidInputException("error.account.roles");
        }
        return create(username, displayName, password, roles);
    }

    /** All accounts, for the beheerder. */
    public List<FacilitatorAccount> listAccounts(Actor actor) {
        requireAdministrator(actor);
        return accounts.findAllByOrderByDisplayNameAsc();
    }

    /** The active facilitators, for a facilitator who shares a case with colleagues. */
    public List<FacilitatorAccount> listFacilitators(Actor actor) {
        requireFacilitator(actor);
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .filter(a -> a.hasRole(ROLE_FACILITATOR) && !a.isDisabled()).toList();
    }

    /** A beheerder disables (or enables) an account; disabling ends its open sessions at once. */
    public FacilitatorAccount setDisabled(Actor actor, String accountId, boolean disabled) {
        requireAdministrator(actor);
        if (actor.id().equals(accountId) && disabled) {
            throw new InvalidInputException("error.account.disableSelf");
        }
        FacilitatorAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new nl.reflectiewerkplaats.base.NotFoundException("error.account.gone"));
        account.setDisabled(disabled);
        FacilitatorAccount saved = accounts.save(account);
        if (disabled) {
            events.publishEvent(new AccountDisabled(saved.getId(), saved.getUsername()));
        }
        return saved;
    }

    public Optional<FacilitatorAccount> findById(String accountId) {
        return accountId == null ? Optional.empty() : accounts.findById(accountId);
    }

    /** Whether accounts must use a second factor (configurable; on by default). */
    public boolean twoFactorRequired() {
        return twoFactorRequired;
    }

    /**
     * Starts enrolment of an authenticator app for an account whose password was just
     * checked: returns the new secret (also shown as a QR code); it counts only after
     * {@link #confirmTwoFactor}.
     */
    public String startTwoFactor(String accountId) {
        FacilitatorAccount account = accounts.findById(accountId).orElseThrow(NoAccessException::new);
        if (account.hasTwoFactor()) {
            throw new InvalidInputException("error.twoFactor.alreadySet");
        }
        String secret = TotpCodes.newSecret();
        account.setPendingTotpSecret(secret);
        accounts.save(account);
        return secret;
    }

    /** Confirms enrolment with a first code; returns the recovery codes, shown once and stored only as hashes. */
    public List<String> confirmTwoFactor(String accountId, String code) {
        FacilitatorAccount account = accounts.findById(accountId).orElseThrow(NoAccessException::new);
        if (account.getPendingTotpSecret() == null) {
            throw new InvalidInputException("error.twoFactor.noEnrolment");
        }
        var step = TotpCodes.matchingStep(account.getPendingTotpSecret(), code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException("error.twoFactor.wrongCode");
        }
        List<String> recovery = TotpCodes.newRecoveryCodes(RECOVERY_CODES);
        account.confirmTwoFactor(recovery.stream().map(TotpCodes::hashRecoveryCode).toList());
        account.setLastTotpStep(step.getAsLong());
        accounts.save(account);
        return recovery;
    }

    /**
     * Checks the second factor: a code from the app (each code once) or one of the
     * recovery codes (each works once).
     */
    public boolean verifySecondFactor(String accountId, String code) {
        FacilitatorAccount account = accounts.findById(accountId).orElseThrow(NoAccessException::new);
        if (!account.hasTwoFactor() || account.isDisabled()) {
            return false;
        }
        var step = TotpCodes.matchingStep(account.getTotpSecret(), code, clock.instant());
        if (step.isPresent()) {
            if (step.getAsLong() <= account.getLastTotpStep()) {
                return false;
            }
            account.setLastTotpStep(step.getAsLong());
            accounts.save(account);
            return true;
        }
        String hash = TotpCodes.hashRecoveryCode(code);
        if (account.getRecoveryCodeHashes().contains(hash)) {
            account.useRecoveryCode(hash);
            accounts.save(account);
            return true;
        }
        return false;
    }

    public int recoveryCodesLeft(String accountId) {
        return accounts.findById(accountId).map(a -> a.getRecoveryCodeHashes().size()).orElse(0);
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
                // a password alone grants no role: the login view grants the account's
                // roles only after the second factor (see access.ui.SignIn)
                .authorities("FACTOR_PASSWORD")
                .disabled(account.isDisabled())
                .build();
    }

    private FacilitatorAccount create(String username, String displayName, String password, Set<String> roles) {
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
            return accounts.save(new FacilitatorAccount(login, name, passwordEncoder.encode(password), clock.instant(), roles));
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

    private static void requireAdministrator(Actor actor) {
        if (!(actor instanceof Actor.Administrator)) {
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
