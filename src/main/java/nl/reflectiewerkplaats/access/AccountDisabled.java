package nl.reflectiewerkplaats.access;

/**
 * An account's open sessions must end: a beheerder disabled it or reset its second
 * factor, or its password was reset through a link.
 */
public record AccountDisabled(String accountId, String username) {
}
