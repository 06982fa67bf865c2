package nl.reflectiewerkplaats.access;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
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
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final FacilitatorAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String publicUrl;
    /** How long the first-account setup link and every account link work. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(24);

    private final AtomicReference<SetupToken> setupToken = new AtomicReference<>();
    private final ApplicationEventPublisher events;
    private final boolean twoFactorRequired;
    private final PasswordPolicy passwordPolicy;
    private final AccountAudit audit;
    private final SecondFactor secondFactor;
    private final AccountLinks links;
    private final LinkUse linkUse;
    /** Wrong passwords or codes typed on an account link or when changing a password, per account. */
    private final RateLimiter accountAttempts;

    AccountService(FacilitatorAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   @Value("${reflectiewerkplaats.public-url:}") String publicUrl, ApplicationEventPublisher events,
                   @Value("${reflectiewerkplaats.security.two-factor-required:true}") boolean twoFactorRequired,
                   PasswordPolicy passwordPolicy, AccessLog log, SharedBuckets buckets) {
        this.accountAttempts = buckets.limiter("account", 5, Duration.ofMinutes(15));
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.events = events;
        this.twoFactorRequired = twoFactorRequired;
        this.passwordPolicy = passwordPolicy;
        this.audit = new AccountAudit(log);
        this.secondFactor = new SecondFactor(accounts, clock, audit);
        this.links = new AccountLinks(accounts, clock);
        this.linkUse = new LinkUse(links, accounts, passwordEncoder, passwordPolicy, events, audit, secondFactor,
                accountAttempts);
    }

    private record SetupToken(String token, Instant expiresAt) {
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
                 (deze link werkt één keer en 24 uur; daarna geeft een herstart een nieuwe)
                ================================================================""", base, token);
    }

    /**
     * The current setup token, created if no account exists yet; empty once one does,
     * and empty once it has expired (after {@link #LINK_VALIDITY}: the next start of
     * the app prints a new one).
     */
    public Optional<String> setupTokenIfNeeded() {
        if (accounts.count() > 0) {
            setupToken.set(null);
            return Optional.empty();
        }
        setupToken.compareAndSet(null, new SetupToken(AccountLinks.newToken(), clock.instant().plus(LINK_VALIDITY)));
        SetupToken current = setupToken.get();
        return current == null || !clock.instant().isBefore(current.expiresAt())
                ? Optional.empty() : Optional.of(current.token());
    }

    /** Whether no account exists yet (the login page then points to the setup link). */
    public boolean noAccountYet() {
        return accounts.count() == 0;
    }

    public boolean isValidSetupToken(String token) {
        SetupToken expected = setupToken.get();
        return expected != null && token != null && constantTimeEquals(expected.token(), token)
                && clock.instant().isBefore(expected.expiresAt()) && accounts.count() == 0;
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
        // its holder chose this password on the server's one-time page: the one account
        // that links its authenticator app at the first login
        created.setEnrolAtLogin(true);
        created = accounts.save(created);
        setupToken.set(null);
        audit.record(created, "eerste account", AuditAction.ACCOUNT_CREATED, true);
        return created;
    }

    /** A beheerder creates a facilitator account; see {@link #createAccount(Actor, String, String, Set)}. */
    public AccountLink createAccount(Actor actor, String username, String displayName) {
        return createAccount(actor, username, displayName, Set.of(ROLE_FACILITATOR));
    }

    /**
     * A beheerder creates an account with the given roles (at least one). It has no
     * password yet: the returned one-time link (valid {@link #LINK_VALIDITY}) lets its
     * holder choose one and link an authenticator app. The beheerder never knows it.
     */
    public AccountLink createAccount(Actor actor, String username, String displayName, Set<String> roles) {
        requireAdministrator(actor);
        if (roles == null || roles.isEmpty() || !Set.of(ROLE_FACILITATOR, ROLE_BEHEERDER).containsAll(roles)) {
            throw new InvalidInputException("error.account.roles");
        }
        FacilitatorAccount created = create(username, displayName, null, roles);
        AccountLink link = links.issue(created, AccountLink.Purpose.SETUP);
        audit.byAdministrator(actor, created, "account aangemaakt", AuditAction.ACCOUNT_CREATED);
        return link;
    }

    /**
     * A beheerder resets someone's password: nothing changes until the holder opens the
     * returned one-time link and chooses a new password, confirmed with their
     * authenticator app or a recovery code (so the link alone is not enough). An account
     * without an app gets a set-up link instead.
     */
    public AccountLink resetPassword(Actor actor, String accountId) {
        requireAdministrator(actor);
        FacilitatorAccount account = existing(accountId);
        AccountLink link = links.issue(account, account.hasTwoFactor() && account.hasPassword()
                ? AccountLink.Purpose.PASSWORD : AccountLink.Purpose.SETUP);
        audit.byAdministrator(actor, account, "wachtwoord resetten", AuditAction.PASSWORD_RESET);
        return link;
    }

    /**
     * A beheerder resets someone's second factor (lost phone): the app and the recovery
     * codes stop working at once and open sessions end. The holder links a new app
     * through the returned one-time link, confirmed with their own password; a password
     * alone at the login page is not enough.
     */
    public AccountLink resetSecondFactor(Actor actor, String accountId) {
        requireAdministrator(actor);
        FacilitatorAccount account = existing(accountId);
        account.resetTwoFactor();
        FacilitatorAccount saved = accounts.save(account);
        events.publishEvent(new AccountDisabled(saved.getId(), saved.getUsername()));
        AccountLink link = links.issue(saved, saved.hasPassword() ? AccountLink.Purpose.SECOND_FACTOR
                : AccountLink.Purpose.SETUP);
        audit.byAdministrator(actor, saved, "tweede stap resetten", AuditAction.SECOND_FACTOR_RESET);
        return link;
    }

    /** What an account link is for, while it is valid. */
    public Optional<AccountLink.Pending> openLink(String token) {
        return links.open(token);
    }

    /** Starts linking an app through a valid account link: the new secret, shown as a QR code. */
    public String startLinkEnrolment(String token) {
        return linkUse.startEnrolment(token);
    }

    /**
     * Completes an account link: checks what the purpose asks (the current password for
     * a second-factor reset; the app's code or a recovery code for a password reset;
     * the new app's code when linking one), sets the new password if one is chosen,
     * and closes the link. Returns the new recovery codes when an app was linked.
     */
    public List<String> completeLink(String token, String currentPassword, String newPassword, String code) {
        return linkUse.complete(token, currentPassword, newPassword, code);
    }

    /**
     * The holder changes their own password, with the current password and the second
     * factor (a code from the app or a recovery code).
     */
    public void changePassword(Actor actor, String currentPassword, String code, String newPassword) {
        if (!(actor instanceof Actor.Facilitator) && !(actor instanceof Actor.Administrator)) {
            throw new NoAccessException();
        }
        FacilitatorAccount account = accounts.findById(actor.id()).filter(a -> !a.isDisabled())
                .orElseThrow(NoAccessException::new);
        if (!accountAttempts.allows(account.getId())) {
            throw new InvalidInputException("login.error.throttled");
        }
        passwordPolicy.check(newPassword, account.getUsername());
        if (currentPassword == null || !account.hasPassword()
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            accountAttempts.tryAcquire(account.getId());
            audit.record(account, "wachtwoord wijzigen: huidig wachtwoord", AuditAction.LOGIN_FAILED, false);
            throw new InvalidInputException("error.password.currentWrong");
        }
        if (account.hasTwoFactor() && !verifySecondFactor(account.getId(), code)) {
            accountAttempts.tryAcquire(account.getId());
            throw new InvalidInputException("error.twoFactor.wrongCode");
        }
        if (!account.hasTwoFactor() && twoFactorRequired) {
            throw new NoAccessException();
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("error.password.same");
        }
        FacilitatorAccount fresh = existing(account.getId());
        fresh.setPasswordHash(passwordEncoder.encode(newPassword));
        accounts.save(fresh);
        audit.record(fresh, "wachtwoord gewijzigd", AuditAction.PASSWORD_CHANGED, true);
    }

    /** A login that passed every step, for the access log. */
    public void recordLogin(FacilitatorAccount account) {
        audit.record(account, "inloggen", AuditAction.LOGIN, true);
    }

    /** A refused password (or one not even checked because of the throttle), for the access log. */
    public void recordLoginFailure(String username, boolean throttled) {
        Optional<FacilitatorAccount> account = findByUsername(username);
        String object = throttled ? "inloggen: geremd na te veel pogingen" : "inloggen: wachtwoord geweigerd";
        if (account.isPresent()) {
            audit.record(account.get(), object, AuditAction.LOGIN_FAILED, false);
        } else {
            audit.unknownAccount(object);
        }
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
                .orElseThrow(() -> new NotFoundException("error.account.gone"));
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
        if (!account.mayEnrolAtLogin()) {
            // a password alone never links an app, except the first account's: its
            // holder chose it on the server's one-time page. Others use an account link.
            throw new InvalidInputException("error.twoFactor.needsLink");
        }
        return secondFactor.startEnrolment(account);
    }

    /** Confirms enrolment with a first code; returns the recovery codes, shown once and stored only as hashes. */
    public List<String> confirmTwoFactor(String accountId, String code) {
        FacilitatorAccount account = accounts.findById(accountId).orElseThrow(NoAccessException::new);
        if (account.getPendingTotpSecret() == null || !account.mayEnrolAtLogin()) {
            throw new InvalidInputException("error.twoFactor.noEnrolment");
        }
        List<String> recovery = secondFactor.confirmEnrolment(account, code)
                .orElseThrow(() -> new InvalidInputException("error.twoFactor.wrongCode"));
        account.setEnrolAtLogin(false);
        accounts.save(account);
        audit.record(account, "app gekoppeld bij eerste login", AuditAction.ENROLMENT, true);
        return recovery;
    }

    /**
     * Checks the second factor: a code from the app (each code once) or one of the
     * recovery codes (each works once).
     */
    public boolean verifySecondFactor(String accountId, String code) {
        return secondFactor.verify(accountId, code);
    }

    public int recoveryCodesLeft(String accountId) {
        return accounts.findById(accountId).map(a -> a.getRecoveryCodeHashes().size()).orElse(0);
    }

    public Optional<FacilitatorAccount> findByUsername(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(normaliseUsername(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        FacilitatorAccount account = findByUsername(username).filter(FacilitatorAccount::hasPassword)
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
        if (password != null) {
            passwordPolicy.check(password, login);
        }
        if (accounts.findByUsername(login).isPresent()) {
            throw new InvalidInputException("error.account.usernameTaken");
        }
        try {
            return accounts.save(new FacilitatorAccount(login, name,
                    password == null ? null : passwordEncoder.encode(password), clock.instant(), roles));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("error.account.usernameTaken");
        }
    }

    private FacilitatorAccount existing(String accountId) {
        return findById(accountId)
                .orElseThrow(() -> new NotFoundException("error.account.gone"));
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

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
