/**
 * Who may do what: actors, accounts with roles, two-step login, rate limits and {@code AccessPolicy},
 * the one access check that also writes the access log.
 */
@NullMarked
package nl.reflectiewerkplaats.access;

import org.jspecify.annotations.NullMarked;
