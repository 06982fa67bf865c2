/**
 * "Sinds de vorige keer": at the start of a case's next meeting, one calm overview of what changed
 * since the meeting before it, gathered from every instrument that contributes
 * ({@link nl.reflectiewerkplaats.instrument.since.SinceLastTimeSource}); the facilitator sees it, and
 * everyone when the facilitator lets them look along.
 */
@NullMarked
package nl.reflectiewerkplaats.sincelast;

import org.jspecify.annotations.NullMarked;
