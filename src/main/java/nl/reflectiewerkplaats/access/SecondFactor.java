package nl.reflectiewerkplaats.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;

/**
 * The second factor of an account: linking an authenticator app (a new secret, then a
 * first code that confirms it and gives the recovery codes) and checking a code.
 */
record SecondFactor(FacilitatorAccountRepository accounts, Clock clock, AccountAudit audit) {

    private static final int RECOVERY_CODES = 10;

    /** A new secret, pending until a code from it is confirmed; stored on the account. */
    String startEnrolment(FacilitatorAccount account) {
        String secret = TotpCodes.newSecret();
        account.setPendingTotpSecret(secret);
        accounts.save(account);
        return secret;
    }

    /**
     * Confirms the pending secret with a first code: on the account (not yet saved) the app
     * counts from now, with new recovery codes stored as hashes; returns those codes, shown
     * once. Empty when the code does not match.
     */
    Optional<List<String>> confirmEnrolment(FacilitatorAccount account, String code) {
        var step = TotpCodes.matchingStep(account.getPendingTotpSecret(), code, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> recovery = TotpCodes.newRecoveryCodes(RECOVERY_CODES);
        account.confirmTwoFactor(recovery.stream().map(TotpCodes::hashRecoveryCode).toList());
        account.setLastTotpStep(step.getAsLong());
        return Optional.of(recovery);
    }

    /**
     * Checks the second factor: a code from the app (each code once) or one of the
     * recovery codes (each works once).
     */
    boolean verify(String accountId, String code) {
        FacilitatorAccount account = accounts.findById(accountId).orElseThrow(NoAccessException::new);
        if (!account.hasTwoFactor() || account.isDisabled()) {
            return false;
        }
        var step = TotpCodes.matchingStep(account.getTotpSecret(), code, clock.instant());
        if (step.isPresent()) {
            if (step.getAsLong() <= account.getLastTotpStep()) {
                audit.record(account, "tweede stap: code al gebruikt", AuditAction.SECOND_FACTOR_FAILED, false);
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
            audit.record(account, "herstelcode gebruikt (nog " + account.getRecoveryCodeHashes().size() + ")",
                    AuditAction.RECOVERY_CODE_USED, true);
            return true;
        }
        audit.record(account, "tweede stap: code geweigerd", AuditAction.SECOND_FACTOR_FAILED, false);
        return false;
    }
}
