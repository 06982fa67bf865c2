package nl.reflectiewerkplaats.access;

import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the holder of a valid account link does with it: link an app, and complete the
 * link with what its purpose asks (see {@link AccountService#completeLink}).
 *
 * @param attempts wrong passwords or codes per account, shared with the password change
 */
record LinkUse(AccountLinks links, FacilitatorAccountRepository accounts, PasswordEncoder passwordEncoder,
               PasswordPolicy passwordPolicy, ApplicationEventPublisher events, AccountAudit audit,
               SecondFactor secondFactor, RateLimiter attempts) {

    String startEnrolment(String token) {
        FacilitatorAccount account = links.validAccountOf(token);
        if (!account.getLinkPurpose().linksApp()) {
            throw new InvalidInputException("error.link.invalid");
        }
        return secondFactor.startEnrolment(account);
    }

    /** See {@link AccountService#completeLink}. */
    List<String> complete(String token, String currentPassword, String newPassword, String code) {
        FacilitatorAccount account = links.validAccountOf(token);
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
            account = links.existing(account.getId());
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
}
