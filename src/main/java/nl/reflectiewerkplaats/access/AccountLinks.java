package nl.reflectiewerkplaats.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;

/**
 * One-time account links (see {@link AccountService#createAccount}, the resets): a link
 * is stored only as a hash, works {@link AccountService#LINK_VALIDITY} and once, and asks
 * what its purpose needs ({@link LinkUse}) before it sets a password or links an app.
 */
record AccountLinks(FacilitatorAccountRepository accounts, Clock clock) {

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

    FacilitatorAccount validAccountOf(String token) {
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

    FacilitatorAccount existing(String accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.account.gone"));
    }

    private static String hash(String token) {
        return BearerTokens.hash(token);
    }

    /** A random token for a link (24 bytes, URL-safe). */
    static String newToken() {
        return BearerTokens.newToken(24);
    }
}
