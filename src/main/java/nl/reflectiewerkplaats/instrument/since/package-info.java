/**
 * What an instrument module offers to "sinds de vorige keer": what of it changed since the case's
 * previous meeting, as neutral entries that the overview lists. Modules register their
 * {@link nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource} as beans.
 */
@NamedInterface("since")
@NullMarked
package nl.reflectiewerkplaats.instrument.since;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
