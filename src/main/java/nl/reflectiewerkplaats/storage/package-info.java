/** The embedded MongoDB-compatible store used when no database address is configured. */
@NullMarked
package nl.reflectiewerkplaats.storage;

import org.jspecify.annotations.NullMarked;
