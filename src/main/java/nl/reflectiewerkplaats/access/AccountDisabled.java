package nl.reflectiewerkplaats.access;

/** A beheerder disabled an account: its open sessions must end. */
public record AccountDisabled(String accountId, String username) {
}
