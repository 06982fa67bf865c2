package nl.reflectiewerkplaats.access;

import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;

/** Account events in the access log: logins, refusals, password and second-factor changes. */
record AccountAudit(AccessLog log) {

    /** An account event, with the account as the actor. */
    void record(FacilitatorAccount account, String object, AuditAction action, boolean allowed) {
        log.record(actorOf(account), null, object, account.getId(), action, allowed);
    }

    /** An account event done by a beheerder to another account. */
    void byAdministrator(Actor beheerder, FacilitatorAccount account, String object, AuditAction action) {
        log.record(beheerder, null, object + ": " + account.getUsername(), account.getId(), action, true);
    }

    /** A refused login for a name that is no account (the typed name is not written: it may be a mistyped password). */
    void unknownAccount(String object) {
        log.record(null, null, object + " (onbekende gebruikersnaam)", null, AuditAction.LOGIN_FAILED, false);
    }

    private static Actor actorOf(FacilitatorAccount account) {
        return account.hasRole(AccountService.ROLE_FACILITATOR) ? account.asActor() : account.asAdministrator();
    }
}
