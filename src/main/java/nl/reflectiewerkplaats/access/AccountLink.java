package nl.reflectiewerkplaats.access;

import java.time.Instant;

/**
 * A one-time link the beheerder hands to an account's holder: to set up a new account
 * (choose a password and link an authenticator app), to choose a new password
 * (confirmed with the second factor), or to link a new app after a reset (confirmed
 * with the password). The beheerder never chooses or learns a password; the token is
 * stored only as a hash and works once, for {@link AccountService#LINK_VALIDITY}.
 */
public record AccountLink(String accountId, String token, Instant expiresAt, Purpose purpose) {

    public enum Purpose {
        /** New account, or both factors lost: choose a password and link an app. */
        SETUP,
        /** Password forgotten: choose a new one, confirmed with the app or a recovery code. */
        PASSWORD,
        /** Second factor reset: link a new app, confirmed with the current password. */
        SECOND_FACTOR;

        public boolean choosesPassword() {
            return this != SECOND_FACTOR;
        }

        public boolean linksApp() {
            return this != PASSWORD;
        }
    }

    /** What the link page shows before anything is typed. */
    public record Pending(Purpose purpose, String username, String displayName, Instant expiresAt) {
    }

    /** The route of the link page, relative to the app's root. */
    public String path() {
        return "account/" + token;
    }
}
