package nl.reflectiewerkplaats.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One-time account links (see {@link AccountService#createAccount}, the resets): a link
 * is stored only as a hash, works {@link AccountService#LINK_VALIDITY} and once, and asks
 * what its purpose needs before it sets a password or links an app.
 *
 * @param attempts wrong passwords or codes per account, shared with the password change
 */
record AccountLinks(FacilitatorAccountRepository accounts, PasswordEncoder passwordEncoder,
                    PasswordPolicy passwordPolicy, Clock clock, ApplicationEventPublisher events, AccountAudit audit,
                    SecondFactor secondFactor, RateLimiter attempts) {

    private static final SecureRandom RANDOM = new SecureRandom();

    AccountLink issue(FacilitatorAccount account, AccountLink.Purpose purpose) {
        String token = newToken();
        Instant expires = clock.instant().plus(AccountService.LINK_VALIDITY);
        FacilitatorAccount fresh = existing(account.getId());
        fresh.openLink(hash(token), expires, purpose);
        accounts.save(fresh);
        return new AccountLink(fresh.getId(), token, expires, purpose);
    }

    Optional<AccountLink.Pending> open(String token) {
        return accountOf(token).map(a -> new AccountLink.Pending(a.getLinkPurpose(), a.getUsername(),
                a.getDisplayName(), a.getLinkExpiresAt()));
    }

    String startEnrolment(String token) {
        FacilitatorAccount account = validAccountOf(token);
        if (!account.getLinkPurpose().linksApp()) {
            throw new InvalidInputException("error.link.invalid");
        }
        return secondFactor.startEnrolment(account);
    }

    /** See {@link AccountService#completeLink}. */
    List<String> complete(String token, String currentPassword, String newPassword, String code) {
        FacilitatorAccount account = validAccountOf(token);
        AccountLink.Purpose purpose = account.getLinkPurpose();
        if (!attempts.allows(account.getId())) {
            throw new InvalidInputException("login.error.throttled");
        }
        if (purpose.choosesPassword()) {
            passwordPolicy.check(newPassword, account.getUsername());
        }
        if (purpose == AccountLink.Purpose.SECOND_FACTOR
                && (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash()))) {
            attempts.tryAcquire(account.getId());
            audit.record(account, "accountlink: wachtwoord", AuditAction.LOGIN_FAILED, false);
            throw new InvalidInputException("error.link.wrongPassword");
        }
        List<String> recovery = List.of();
        if (purpose == AccountLink.Purpose.PASSWORD) {
            if (!secondFactor.verify(account.getId(), code)) {
                throw wrongCode(account);
            }
            account = existing(account.getId());
        } else {
            if (account.getPendingTotpSecret() == null) {
                throw new InvalidInputException("error.twoFactor.noEnrolment");
            }
            Optional<List<String>> confirmed = secondFactor.confirmEnrolment(account, code);
            if (confirmed.isEmpty()) {
                throw wrongCode(account);
            }
            recovery = confirmed.get();
        }
        close(account, purpose, newPassword);
        return recovery;
    }

    private InvalidInputException wrongCode(FacilitatorAccount account) {
        attempts.tryAcquire(account.getId());
        return new InvalidInputException("error.twoFactor.wrongCode");
    }

    /** Sets the chosen password, closes the link, and ends the sessions an old password opened. */
    private void close(FacilitatorAccount account, AccountLink.Purpose purpose, String newPassword) {
        boolean hadPassword = account.hasPassword();
        if (purpose.choosesPassword()) {
            account.setPasswordHash(passwordEncoder.encode(newPassword));
        }
        account.closeLink();
        FacilitatorAccount saved = accounts.save(account);
        if (hadPassword && purpose.choosesPassword()) {
            // a reset password ends the sessions that the old one opened
            events.publishEvent(new AccountDisabled(saved.getId(), saved.getUsername()));
        }
        if (purpose.choosesPassword()) {
            audit.record(saved, "accountlink: wachtwoord gekozen", AuditAction.PASSWORD_CHANGED, true);
        }
        if (purpose.linksApp()) {
            audit.record(saved, "accountlink: app gekoppeld", AuditAction.ENROLMENT, true);
        }
    }

    private FacilitatorAccount validAccountOf(String token) {
        return accountOf(token).orElseThrow(() -> new InvalidInputException("error.link.invalid"));
    }

    private Optional<FacilitatorAccount> accountOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findByLinkTokenHash(hash(token))
                .filter(a -> a.getLinkExpiresAt() != null && clock.instant().isBefore(a.getLinkExpiresAt()))
                .filter(a -> !a.isDisabled());
    }

    private FacilitatorAccount existing(String accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.account.gone"));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random token for a link (24 bytes, URL-safe). */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
