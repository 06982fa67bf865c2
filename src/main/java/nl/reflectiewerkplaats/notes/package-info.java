/** Shared notes on any topic of a case, used by the instruments. */
@NullMarked
package nl.reflectiewerkplaats.notes;

import org.jspecify.annotations.NullMarked;
